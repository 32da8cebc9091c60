import { describe, expect, it } from "vitest";
import { directSpeakers } from "../fixtures/direct-speakers.js";

/** Hand-written passages in the British style (not from any corpus), one speaker rule each. */
const said = directSpeakers;

describe("a title before the name after the verb", () => {
  it("GIVEN 'said ORG chief economist, NAME.' THEN the name speaks, not the title", () => {
    expect(
      said(
        'The lobby group expects rates to hold. "Factories are coping well," said BMA chief economist, Ann Ferris. "But orders may slow."',
      ),
    ).toEqual([
      ["Factories are coping well", "Ann Ferris"],
      ["But orders may slow.", "Ann Ferris"],
    ]);
  });

  it("GIVEN 'said the chief economist, NAME and NAME' THEN the title is not taken for one name", () => {
    const out = said('"Rates will rise," said the chief economist, Ann Ferris and Bo Lund.');
    expect(out[0]?.[1]).not.toBe("Ann Ferris");
  });
});

describe("he and she stand for people, not companies", () => {
  it("GIVEN a one-word company that spoke, then a man named THEN 'he said' is the man", () => {
    expect(
      said(
        'Railco said its debts were large. Banks keep the firm afloat. Analyst Tom Hale thinks the banks could take over. "It cannot even pay the interest," he said.',
      ),
    ).toEqual([["It cannot even pay the interest", "Tom Hale"]]);
  });
});

describe("a date is never a speaker", () => {
  it("GIVEN 'In their March report, MPs … said' after a quote THEN the quote keeps its speaker", () => {
    expect(
      said(
        'Jo Kerr, of the Tenants Union, said: "We welcome the plan. "Nobody wants to live in damp flats." In their March report, MPs on the housing committee said most flats were damp.',
      ),
    ).toEqual([
      ["We welcome the plan.", "Jo Kerr"],
      ["Nobody wants to live in damp flats.", "Jo Kerr"],
    ]);
  });
});

describe("a cue after a finished quote that opens the next sentence", () => {
  it("GIVEN 'A said: “…” B said: “…”' THEN each quote is its own introducer's", () => {
    expect(
      said(
        'Health minister Rita Moss said: "We will keep going and the figures show it works." Shadow health secretary Dan Pryce said: "This is another failure."',
      ),
    ).toEqual([
      ["We will keep going and the figures show it works.", "Rita Moss"],
      ["This is another failure.", "Dan Pryce"],
    ]);
  });

  it("GIVEN a quote then 'According to analysts X, …' THEN the quote keeps the speaker before", () => {
    expect(
      said(
        '"Homes are going online," said Lena Ward, head of Netco, "with many people logging on daily." According to analysts Webstat, half of all users are online.',
      ),
    ).toEqual([
      ["Homes are going online", "Lena Ward"],
      ["with many people logging on daily.", "Lena Ward"],
    ]);
  });
});

describe("a verb of saying that is a noun", () => {
  it("GIVEN a quote then 'The Civix report, entitled …,' THEN the quote keeps the speaker named before", () => {
    expect(
      said(
        '"Phones are changing how we shop," said Mia Holt, co author of the Civix report. "From banking to books, the shift is fast." The Civix report, entitled Mobile Britain, was paid for by a phone maker.',
      ),
    ).toEqual([
      ["Phones are changing how we shop", "Mia Holt"],
      ["From banking to books, the shift is fast.", "Mia Holt"],
    ]);
  });
});

describe("a quote running over paragraphs", () => {
  it("GIVEN a run-on quote going on in the next paragraph with no cue THEN a later sentence's source does not take it", () => {
    expect(
      said(
        'Mr Hale said: "I dealt with this last year. I said then there was no deal.\n\n"What we both care about is jobs." The memoir, by reporter Ann Cole, said the two men had fallen out.',
      ),
    ).toEqual([
      ["I dealt with this last year. I said then there was no deal.", "Hale"],
      ["What we both care about is jobs.", "Hale"],
    ]);
  });
});

describe("a bare title resolves to exactly that office", () => {
  it("GIVEN a Deputy Prime Minister named, then 'the prime minister said' THEN not the deputy", () => {
    const out = said(
      'At a dinner hosted by Deputy Prime Minister Alan Grey the two men met. The prime minister said: "Give me a year and I will go."',
    );
    expect(out[0]?.[1]).not.toBe("Alan Grey");
  });
});

describe("he after a sentence naming two people", () => {
  it("GIVEN 'A accused B and Mr C of …. He told …:' THEN he is the subject, not the object after 'and'", () => {
    expect(
      said(
        'Opposition leader Mark Dunn accused the premier and Mr Bale of "bickering". He told Radio Nine: "This is the politics of the schoolyard."',
      ),
    ).toContainEqual(["This is the politics of the schoolyard.", "Mark Dunn"]);
  });
});

describe("a stop after the closing mark ends the sentence", () => {
  it("GIVEN '… her record “as a local MP”. Mr Dale announced …' THEN the next sentence's cue does not take the quote", () => {
    const out = said(
      'Ex talk show host Ray Dale will contest the seat.\n\nLabour\'s Joan Pike holds the seat. She says she will fight on her record "as a hard working local MP". Mr Dale announced his plans a day later.',
    );
    expect(out[0]?.[1]).not.toBe("Ray Dale");
  });
});

describe("a quantifier opening a sentence is no name", () => {
  it("GIVEN 'More praise came, with X lauding “…”' THEN 'More' never speaks", () => {
    const out = said(
      'More praise is given to the hosts, with critic Lu Vance lauding the way "the home side controlled the game".',
    );
    expect(out[0]?.[1]).not.toBe("More");
  });
});

describe("a sign-off on the line below a quote", () => {
  it("GIVEN a paragraph of quotes and '-Name, …' opening the next line THEN the name speaks", () => {
    expect(
      directSpeakers(
        "The mayor spoke for an hour.\n\n“Best night in years. We are ready.”\n\n-Dana Cole, writing after the rally.\n\n“We are not ready at all.”\n\n– Tom Reyes.",
      ),
    ).toEqual([
      ["Best night in years. We are ready.", "Dana Cole"],
      ["We are not ready at all.", "Tom Reyes"],
    ]);
  });

  it("GIVEN words outside the quote in its paragraph THEN a dash line below signs nothing", () => {
    const out = directSpeakers(
      "“We are ready,” the crowd chanted as the doors opened.\n\n- Dana Cole, photographs.",
    );
    expect(out[0]?.[1]).not.toBe("Dana Cole");
  });
});
