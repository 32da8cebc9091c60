import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";
import { findGroups } from "../../src/core/disagreement/find-groups.js";

const parties = (text: string) =>
  buildCard({ text })
    .disagreement?.sides.map((s) => s.party)
    .sort() ?? null;

describe("unnamed groups as sides", () => {
  it("GIVEN group nouns THEN each is named by its fullest form, and owned or verb-led ones are not groups", () => {
    const text =
      "Critics said the plan was wrong. It earned him the disapproval of rural farm workers. " +
      "Labour MPs, Sony's workers and their supporters spoke, which could further provoke " +
      "environmental campaigners. Many angry local residents wrote in; the workers marched.";
    const groups = findGroups(text).map((g) => [text.slice(g.start, g.end), g.group]);
    expect(groups).toEqual([
      ["Critics", "critics"],
      ["rural farm workers", "rural farm workers"],
      ["campaigners", "campaigners"],
      ["angry local residents", "angry local residents"],
      ["workers", "rural farm workers"],
    ]);
  });

  it("GIVEN a group's disapproval of a leader criticised for his policy THEN the group and the leader are the sides", () => {
    const text = [
      "Markets cheer Ruritania",
      "",
      "Shares in Ruritania rose to a record on Friday as investors welcomed the recovery.",
      "",
      "President Anton Novak was strongly criticised last year for pursuing a hardline economic policy.",
      "",
      "His orthodox budget has earned him the disapproval of rural farm workers, thousands of whom marched on Thursday.",
      "",
      "President Novak has defended his policies.",
    ].join("\n");
    expect(parties(text)).toEqual(["Anton Novak", "rural farm workers"]);
  });

  it("GIVEN a weak verb on a group ('urged students') THEN no dispute with the group", () => {
    const text = [
      "Leader courts the student vote",
      "",
      "Party leader Tom Baker urged students to register to vote before the election.",
      "",
      "Tom Baker urged young students to make their mark at the polls in May.",
    ].join("\n");
    expect(buildCard({ text }).disagreement).toBeNull();
  });
});

describe("one-sided accusations", () => {
  it("GIVEN an accusation of an unnamed group answered by a named person THEN accuser and answerer are the sides", () => {
    const text = [
      "Johnson accuses British sprinters",
      "",
      "Former Olympic champion Michael Johnson has accused Britain's top sprinters of lacking pride and ambition.",
      "",
      '"They need to show a little more pride," Johnson told the radio station. However, Linford Christie countered: "It\'s easy to criticise when you haven\'t gone through the system here."',
      "",
      "Johnson was involved in a verbal spat with Darren Campbell earlier this year.",
    ].join("\n");
    const card = buildCard({ text });
    expect(card.disagreement?.sides.map((s) => s.party).sort()).toEqual([
      "Linford Christie",
      "Michael Johnson",
    ]);
    expect(card.disagreement?.topic).toBe("lacking pride and ambition");
    // The answerer's position is their own words, not the accusation they receive.
    const christie = card.disagreement?.sides.find((s) => s.party === "Linford Christie");
    expect(christie?.position).toMatch(/easy to criticise/);
  });

  it("GIVEN a negated verb of opposition ('refuses to blame', 'did not criticise') THEN no dispute", () => {
    const text = [
      "Cole refuses to blame van Persie",
      "",
      "Ashley Cole refuses to blame Robin van Persie for the defeat at the weekend.",
      "",
      "Ashley Cole did not criticise Robin van Persie after the game and said the team would recover.",
    ].join("\n");
    expect(buildCard({ text }).disagreement).toBeNull();
  });

  it("GIVEN 'called a charlatan by' and 'scolded him' THEN the insulting and scolding parties oppose the target", () => {
    const text = [
      "TV doctor faces critics",
      "",
      "Mehmet Oz has been called a charlatan by fellow physicians for promoting cures.",
      "",
      "At a hearing, Senator Claire McCaskill scolded him over the claims he made on air.",
      "",
      "Fellow physicians have also accused Mehmet Oz of misleading viewers.",
    ].join("\n");
    expect(parties(text)).toEqual(["Mehmet Oz", "fellow physicians"]);
  });
});

describe("two speakers on one topic", () => {
  it("GIVEN a criticism answered on the same topic THEN the answer's words weigh in the dispute", () => {
    const text = [
      "Hospital suspends waiting list plan",
      "",
      "Hereford Hospitals NHS Trust has suspended plans to stop treating Welsh patients.",
      "",
      'Andy Williams, chief executive of Powys Local Health Board, said the hospital was "trying to pass the problem of waiting lists back to Powys".',
      "",
      'But David Rose, chief executive of Hereford Hospitals NHS Trust, said: "We cannot keep treating patients on waiting lists unless we are paid."',
      "",
      '"Our waiting lists will not grow because of Powys patients," Mr Rose added.',
    ].join("\n");
    expect(parties(text)).toEqual(["Hereford Hospitals NHS Trust", "Powys Local Health Board"]);
  });

  it("GIVEN two speakers on one topic with no other evidence THEN there is no dispute", () => {
    const text = [
      "Shoppers flock to tills",
      "",
      "Christmas shoppers filled the West End on Saturday.",
      "",
      '"Shoppers are not holding back on spending this Christmas," said Ann Rich of the Regent Street Association.',
      "",
      '"Spending by shoppers is up on last Christmas," said Tom Hall, director of the Trafford Centre.',
    ].join("\n");
    expect(buildCard({ text }).disagreement).toBeNull();
  });

  it("GIVEN a country and its own executive THEN they are not two sides", () => {
    const text = [
      "Scotland rejects plan",
      "",
      "Scotland has rejected the plan, the Scottish Executive said, and Scotland criticised the Scottish Executive's handling.",
      "",
      "The Scottish Executive dismissed Scotland's concerns.",
    ].join("\n");
    expect(buildCard({ text }).disagreement).toBeNull();
  });
});

describe("one act told twice", () => {
  it("GIVEN the headline names the target and the lead the actor of one rejection THEN they are the sides", () => {
    const text = [
      "Winemaker rejects Foster's offer",
      "",
      "Australian winemaker Southcorp has rejected a takeover offer worth A$3.1bn ($2.3bn; £1.8bn), saying it undervalued the company.",
      "",
      "Southcorp said its brands were worth more. Foster's said it would consider its options.",
    ].join("\n");
    expect(parties(text)).toEqual(["Foster", "Southcorp"]);
  });

  it("GIVEN a passive whose agent is unnamed ('discredited by the establishment … Trump') THEN the later name is not the agent", () => {
    const text = [
      "Doctor's interview airs",
      "",
      "Mehmet Oz has been discredited by the medical and political establishment ahead of his interview with Donald Trump.",
      "",
      "Donald Trump said the interview went well.",
    ].join("\n");
    expect(buildCard({ text }).disagreement).toBeNull();
  });
});

describe("takeovers, courts and regulators", () => {
  it("GIVEN a hostile bid by a rival THEN the bidder and the company bid for are the sides", () => {
    const text = [
      "Miner says rival bid is too low",
      "",
      "Australian mining firm WMC Resources has said it is worth up to 30% more than a hostile 7.4bn dollar ($5.8bn; £3bn) bid by rival Xstrata.",
      "",
      "WMC Resources said its directors would not recommend the offer. Xstrata said it would review the figures.",
    ].join("\n");
    expect(parties(text)).toEqual(["WMC Resources", "Xstrata"]);
  });

  it("GIVEN 'X v Y' in a sentence about a court case THEN plaintiff and defendant are the sides", () => {
    const text = [
      "Judge hears sampling case",
      "",
      "The case of Ann Newton v Diamond Records was heard by the appeal court on Monday.",
      "",
      "Diamond Records said it would appeal. Ann Newton v Diamond Records could go to the Supreme Court, lawyers said.",
    ].join("\n");
    expect(parties(text)).toEqual(["Ann Newton", "Diamond Records"]);
  });

  it("GIVEN 'X v Y' in a fixture list THEN no dispute", () => {
    const text = [
      "Weekend fixtures",
      "",
      "Arsenal v Chelsea kicks off at 3pm on Saturday.",
      "",
      "Arsenal v Chelsea is the pick of the games, with Liverpool away at Everton.",
    ].join("\n");
    expect(buildCard({ text }).disagreement).toBeNull();
  });

  it("GIVEN a regulator that fined a company, and the company's rejection THEN both are the sides", () => {
    const text = [
      "Watchdog fines bank",
      "",
      "The Financial Services Authority has fined Northgate Bank £2m for mis-selling loans.",
      "",
      "Northgate Bank rejected the Financial Services Authority's findings and said it would appeal.",
    ].join("\n");
    expect(parties(text)).toEqual(["Financial Services Authority", "Northgate Bank"]);
  });
});

describe("attacks launched", () => {
  it("GIVEN 'launched a fierce attack on' twice THEN attacker and attacked are the sides", () => {
    const text = [
      "Peer launches attack on minister",
      "",
      "Lord Robin Butler has launched a fierce attack on Tony Blair over the way the war was decided.",
      "",
      "Lord Robin Butler said the cabinet had been sidelined. Tony Blair said the claims were wrong.",
    ].join("\n");
    expect(parties(text)).toEqual(["Robin Butler", "Tony Blair"]);
  });

  it("GIVEN bodies named only by their number ('has sued 12 banks') THEN they are a side; without a number they are not", () => {
    const text = [
      "Dairy firm sues 12 banks",
      "",
      "Collapsed dairy group Milkvale has sued 12 banks it says helped hide its debts.",
      "",
      "Milkvale said the banks knew of the losses. The banks have denied any wrongdoing.",
    ].join("\n");
    expect(parties(text)).toEqual(["Milkvale", "banks"]);
    expect(findGroups("Banks said rates would rise. US firms were calm.")).toEqual([]);
  });

  it("GIVEN prosecutors who blame a firm THEN the prosecutors are a side", () => {
    const text = [
      "Shipyard boss jailed",
      "",
      "A former finance chief at Northgate Shipping Group has been jailed for hiding losses.",
      "",
      "In papers filed in court, prosecutors blamed Northgate Shipping Group for failing to check its accounts.",
    ].join("\n");
    expect(parties(text)).toEqual(["Northgate Shipping Group", "prosecutors"]);
  });
});
