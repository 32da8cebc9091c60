import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";

function people(body: string, title = "Budget row deepens") {
  return buildCard({ text: `${title}\n\n${body}` }).people.map((p) => ({
    name: p.name,
    role: p.role,
  }));
}

const names = (body: string, title?: string) => people(body, title).map((p) => p.name);
const roleOf = (body: string, name: string) => people(body).find((p) => p.name === name)?.role;

describe("card people: who is a person", () => {
  it("GIVEN people only mentioned, not quoted, with given names from many languages THEN all are listed", () => {
    expect(
      names(
        "The shortlist includes Kazuo Ishiguro, Milan Kundera and Naguib Mahfouz. Critics praised the choice.",
      ),
    ).toEqual(["Kazuo Ishiguro", "Milan Kundera", "Naguib Mahfouz"]);
  });

  it("GIVEN a lone surname after a person's title THEN it is a person with that title", () => {
    expect(
      people("Shortly afterwards model Petra left the house. President Okafor did not react."),
    ).toEqual([
      { name: "Petra", role: "model" },
      { name: "Okafor", role: "President" },
    ]);
  });

  it("GIVEN companies, agencies and outlets that speak THEN none is a person", () => {
    expect(
      names(
        'Renfield said profits would fall. Harlow Brothers said they were opting out. CNS reported that the plan failed. Nora Ellis, a spokeswoman, said: "We disagree."',
      ),
    ).toEqual(["Nora Ellis"]);
  });

  it("GIVEN words from the headline and common words opening a sentence THEN none is a person", () => {
    const listed = names(
      "Maria Keller spoke out on Tuesday. Climate change was an issue she raised. Following the debate, Keller said climate policy would change.",
      "Maria Keller Speaks To Voters",
    );
    expect(listed).toEqual(["Maria Keller"]);
  });

  it("GIVEN a surname that is also a job noun THEN an honorific or a job title before it makes a person", () => {
    expect(
      people("Labour MP Ooma Judge criticised the plan. Ms Judge said it was unfair."),
    ).toEqual([{ name: "Ooma Judge", role: "Labour MP" }]);
    expect(names("Mr Ooma Judge criticised the plan.")).toEqual(["Ooma Judge"]);
    expect(
      names("Viewers of Celebrity Big Brother were unmoved. The Chief Operating Officer left."),
    ).toEqual([]);
  });

  it("GIVEN hyphenated titles THEN they are roles and make their bearers people", () => {
    expect(
      people(
        "Dutch co-chairman Jan Verhoef said so. Co-founder Ada Brill agreed. Vice-President Sam Ortiz and scrum-half Tom Reyes did not.",
      ),
    ).toEqual([
      { name: "Jan Verhoef", role: "Dutch co-chairman" },
      { name: "Ada Brill", role: "Co-founder" },
      { name: "Sam Ortiz", role: "Vice-President" },
      { name: "Tom Reyes", role: "scrum-half" },
    ]);
  });

  it("GIVEN an employer with 'of' in its name before a job THEN the role keeps the whole employer", () => {
    expect(
      people(
        "Rates rose. Bank of Lumbria chief Orla Vance said prices would fall. Office of National Statistics data agreed. US Secretary of State Ann Lowe spoke.",
      ),
    ).toEqual([
      { name: "Orla Vance", role: "Bank of Lumbria chief" },
      { name: "Ann Lowe", role: "US Secretary of State" },
    ]);
  });

  it("GIVEN an apposition without its closing comma THEN the role ends before the verb", () => {
    expect(
      roleOf(
        "Peter Holt, the German co-head of Airco will also step down next year.",
        "Peter Holt",
      ),
    ).toBe("German co-head of Airco");
  });

  it("GIVEN companies whose names end in a corporate word THEN none is a person", () => {
    expect(
      names(
        "Ravi Mehta, the vice-chairman of Lumbria Petrochemicals Limited, resigned. Shares of Westmoor Tobacco fell.",
      ),
    ).toEqual(["Ravi Mehta"]);
  });

  it("GIVEN an employer named before a job THEN the employer is not a person", () => {
    expect(
      names(
        "William Hale made the move after a leak. Rupert Downs, William Hale spokesman, said the firm acted fast.",
      ),
    ).toEqual(["Rupert Downs"]);
  });

  it("GIVEN a name read short once and whole once THEN it is one person with the whole name", () => {
    expect(
      names(
        "President Luis Ignacio Pereira da Costa spoke. Output fell, and President Luis Ignacio Pereira da Costa - elected in 2002 - said so. Mr da Costa smiled.",
      ),
    ).toEqual(["Luis Ignacio Pereira da Costa"]);
  });

  it("GIVEN a full name inside a quotation THEN the person is listed too", () => {
    expect(
      names('Tom Reyes said: "As you know, Helen Marsh left the event early." He said no more.'),
    ).toEqual(["Tom Reyes", "Helen Marsh"]);
  });
});

describe("card people: roles from the article's words", () => {
  it("GIVEN a title with an 'of' phrase before the name THEN the title is read whole", () => {
    expect(
      people("Chancellor of the Exchequer Gordon Brown set out his plans on Wednesday."),
    ).toEqual([{ name: "Gordon Brown", role: "Chancellor of the Exchequer" }]);
  });

  it("GIVEN an office's 'of' object after an apposition THEN the object is no person", () => {
    expect(
      people("There was recognition for James Clarke, chairman of the London Marathon."),
    ).toEqual([{ name: "James Clarke", role: "chairman of the London Marathon" }]);
  });

  it("GIVEN a bare title or a dash as apposition THEN it is the role", () => {
    expect(
      roleOf(
        "Andy Willis, chief executive of the county health board, said it was unacceptable.",
        "Andy Willis",
      ),
    ).toBe("chief executive of the county health board");
    expect(
      roleOf(
        "Mehmet Ozan — Ivy League-trained surgeon and daytime TV star — has been criticised.",
        "Mehmet Ozan",
      ),
    ).toBe("Ivy League-trained surgeon and daytime TV star");
  });

  it("GIVEN a description before the name, set off by commas THEN it is the role", () => {
    expect(
      roleOf(
        "An attorney for the aide, Mark Dunmore, stressed that his client was ready.",
        "Mark Dunmore",
      ),
    ).toBe("attorney for the aide");
  });

  it("GIVEN lower-case nouns inside a title THEN the title keeps them", () => {
    expect(
      roleOf("Tulsa police Chief Chuck Morden said the video was released.", "Chuck Morden"),
    ).toBe("Tulsa police Chief");
    expect(roleOf("Clinton tech aide Bryan Pollard refused to testify.", "Bryan Pollard")).toBe(
      "Clinton tech aide",
    );
  });

  it("GIVEN a clause or a group after the name THEN no role is made of it", () => {
    expect(
      roleOf(
        "Gary Jonson, President Barack Obama's approval rating remains strong, said the poll.",
        "Gary Jonson",
      ) ?? null,
    ).toBeNull();
    expect(
      roleOf(
        "The ban covers Kostas Kenter, Greek sprinters who missed a test, and others.",
        "Kostas Kenter",
      ) ?? null,
    ).toBeNull();
  });

  it("GIVEN the article's central person and a later 'the prime minister' THEN that is the role", () => {
    expect(
      roleOf(
        'Tony Blair is pressing the US to cut gases. Mr Blair met senators. Climate change was an issue the prime minister "wanted to progress", Mr Blair said.',
        "Tony Blair",
      ),
    ).toBe("prime minister");
  });
});
