import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus), one rule class each.

describe("reported speech: more of what was reported", () => {
  it("GIVEN a source after a comma with only a time or place after its verb THEN the words before it are reported", () => {
    expect(
      reported("The bridge will reopen to traffic next month, Canadian officials said Wednesday."),
    ).toEqual([["The bridge will reopen to traffic next month", "Canadian officials"]]);
    expect(
      reported("The mill will close by the end of the year, Dana Hollis said in a statement."),
    ).toEqual([["The mill will close by the end of the year", "Dana Hollis"]]);
  });

  it("GIVEN a progressive verb with 'are' or 'has been' THEN its subject still reports", () => {
    expect(reported("The city council members are denouncing the new parking fees.")).toEqual([
      ["denouncing the new parking fees", "The city council members"],
    ]);
    expect(reported("Dana Hollis has been warning that the mill is running out of cash.")).toEqual([
      ["the mill is running out of cash", "Dana Hollis"],
    ]);
  });

  it("GIVEN a verb of praise, blame or feeling THEN it reports a position, verb kept", () => {
    expect(reported("Dana Hollis decried the closing of the county library.")).toEqual([
      ["decried the closing of the county library", "Dana Hollis"],
    ]);
    expect(reported("Mayor Tom Reyes expressed doubts about the stadium deal.")).toEqual([
      ["expressed doubts about the stadium deal", "Tom Reyes"],
    ]);
  });

  it("GIVEN a semicolon after the reported clause THEN the clause ends there", () => {
    expect(
      reported("Dana Hollis said the mill would close in June; the union has called a meeting."),
    ).toEqual([["the mill would close in June", "Dana Hollis"]]);
  });

  it("GIVEN a second source joined by 'and' THEN each clause goes to its own speaker", () => {
    expect(
      reported(
        "Dana Hollis said the mill would close in June and Tom Reyes said the town would survive.",
      ),
    ).toEqual([
      ["the mill would close in June", "Dana Hollis"],
      ["the town would survive", "Tom Reyes"],
    ]);
  });

  it("GIVEN a verb of proposal or attack THEN it reports a position, but not as an adjective", () => {
    expect(reported("Dana Hollis pledged to repave every road in the county.")).toEqual([
      ["pledged to repave every road in the county", "Dana Hollis"],
    ]);
    expect(reported("Tom Reyes blasted the council for its budget cuts.")).toEqual([
      ["blasted the council for its budget cuts", "Tom Reyes"],
    ]);
    expect(reported("Dana Hollis leads with 271 pledged delegates in the race.")).toEqual([]);
  });

  it("GIVEN a concession after a comma THEN the reported clause ends before it", () => {
    expect(
      reported("Dana Hollis said the mill would reopen, although no buyer has been found yet."),
    ).toEqual([["the mill would reopen", "Dana Hollis"]]);
  });

  it("GIVEN an infinitive or gerund of speech after 'continued', 'went on' or 'likely' THEN its subject reports", () => {
    expect(reported("Dana Hollis continued to criticize the cost of the new stadium.")).toEqual([
      ["criticize the cost of the new stadium", "Dana Hollis"],
    ]);
    expect(reported("Tom Reyes went on to say the county would need more buses.")).toEqual([
      ["the county would need more buses", "Tom Reyes"],
    ]);
    expect(reported("Older voters were more likely to say the economy was getting worse.")).toEqual(
      [["the economy was getting worse", "Older voters"]],
    );
  });

  it("GIVEN talk about a topic THEN the topic is reported, but not after 'said of'", () => {
    expect(reported("Dana Hollis spoke about the rising cost of child care.")).toEqual([
      ["about the rising cost of child care", "Dana Hollis"],
    ]);
    expect(reported("Tom Reyes argued against the new tax on small shops.")).toEqual([
      ["against the new tax on small shops", "Tom Reyes"],
    ]);
    expect(reported("Dana Hollis spoke at the county fair on Saturday.")).toEqual([]);
  });

  it("GIVEN 'now', 'since' or a modal between the subject and its verb THEN the subject reports", () => {
    expect(reported("Dana Hollis now says the mill will stay open.")).toEqual([
      ["the mill will stay open", "Dana Hollis"],
    ]);
    expect(reported("Tom Reyes has since stressed that the plan was never final.")).toEqual([
      ["the plan was never final", "Tom Reyes"],
    ]);
  });

  it("GIVEN a stance verb after an apposition's comma THEN it is active, unless a preposition follows", () => {
    expect(
      reported(
        "Dana Hollis, a plumber who attended the meeting, blamed the council for the delays.",
      ),
    ).toEqual([["blamed the council for the delays", "Dana Hollis"]]);
    expect(reported("Tom Reyes, accused of fraud by the county, left the meeting early.")).toEqual(
      [],
    );
  });

  it("GIVEN a poll or records after the content THEN what they found is reported", () => {
    expect(reported("Most county residents drive to work alone, the survey found.")).toEqual([
      ["Most county residents drive to work alone", "the survey"],
    ]);
  });

  it("GIVEN a poll described by who released or ran it THEN the poll is the subject", () => {
    expect(
      reported("A Gallup poll released Tuesday found that most residents drive to work alone."),
    ).toEqual([["most residents drive to work alone", "A Gallup poll"]]);
  });

  it("GIVEN ', calling X Y' after a named subject's clause THEN the naming is reported", () => {
    expect(
      reported("Dana Hollis defended the new toll, calling the bridge repairs a matter of safety."),
    ).toEqual([
      ["the bridge repairs a matter of safety", "Dana Hollis"],
      ["defended the new toll", "Dana Hollis"],
    ]);
  });

  it("GIVEN 'Asked whether …' or 'when asked about …' THEN the question is reported, its asker named only with 'by'", () => {
    expect(
      reported("Asked whether she would run again, Dana Hollis said she had not decided."),
    ).toEqual([
      ["she had not decided", "Dana Hollis"],
      ["whether she would run again", null],
    ]);
    expect(reported("Asked by Tom Reyes about the new stadium deal, the mayor shrugged.")).toEqual([
      ["about the new stadium deal", "Tom Reyes"],
    ]);
  });

  it("GIVEN a passive 'was asked about …' THEN the question is reported with no asker, not the one asked", () => {
    expect(reported("Dana Hollis was asked about the new stadium deal at the meeting.")).toEqual([
      ["about the new stadium deal at the meeting", null],
    ]);
    expect(reported("The mayor has been asked whether the bridge will reopen.")).toEqual([
      ["whether the bridge will reopen", null],
    ]);
    // A passive with no question after it reports nothing.
    expect(reported("The questions she was asked were hard ones.")).toEqual([]);
  });

  it("GIVEN 'asked (someone) about …' or 'asked for …' THEN what was asked about or for is reported", () => {
    expect(reported("Dana Hollis asked the mayor about the closing of the library.")).toEqual([
      ["about the closing of the library", "Dana Hollis"],
    ]);
    expect(reported("Tom Reyes asked for a recount of the ballots in Ward 3.")).toEqual([
      ["a recount of the ballots in Ward 3", "Tom Reyes"],
    ]);
    expect(reported("Tom Reyes asked the county board for an audit of the fund.")).toEqual([
      ["an audit of the fund", "Tom Reyes"],
    ]);
  });

  it("GIVEN a time phrase between the verb and a clause without 'that' THEN the clause is reported", () => {
    expect(
      reported("But the council said on Thursday there were no plans for a new bridge."),
    ).toEqual([["there were no plans for a new bridge", "the council"]]);
  });

  it("GIVEN 'has long said' THEN the subject still reports", () => {
    expect(reported("Dana Hollis has long said that the mill should reopen.")).toEqual([
      ["the mill should reopen", "Dana Hollis"],
    ]);
  });

  it("GIVEN a participle after an inserted source THEN the words before the source were said", () => {
    expect(reported("Sales were strong all week, Tom Reyes said, wiping the counter.")).toEqual([
      ["Sales were strong all week", "Tom Reyes"],
    ]);
  });

  it("GIVEN a lone quantity or a share 'out of' a whole as subject THEN it reports", () => {
    expect(reported("Several said the new bus routes were too slow.")).toEqual([
      ["the new bus routes were too slow", "Several"],
    ]);
    expect(reported("Nearly nine out of 10 say the county roads need repair.")).toEqual([
      ["the county roads need repair", "Nearly nine out of 10"],
    ]);
  });

  it("GIVEN an aside in dashes between the subject and its verb THEN the subject reports", () => {
    expect(reported("Dana Hollis — and some of her neighbours — say the toll is unfair.")).toEqual([
      ["the toll is unfair", "Dana Hollis"],
    ]);
  });

  it("GIVEN a refusal or opposition THEN the position is reported (an opposition's object alone)", () => {
    expect(reported("Dana Hollis refused to sign the new contract.")).toEqual([
      ["refused to sign the new contract", "Dana Hollis"],
    ]);
    expect(reported("Tom Reyes opposes the plan to close the county library.")).toEqual([
      ["the plan to close the county library", "Tom Reyes"],
    ]);
  });

  it("GIVEN a subject modified by of/from/by/for before its verb THEN the whole subject reports", () => {
    expect(
      reported(
        "County records from the 2019 budget cycle show the mayor spent twice the allowance.",
      ),
    ).toEqual([
      ["the mayor spent twice the allowance", "County records from the 2019 budget cycle"],
    ]);
    expect(
      reported("A report from the state auditor found that the agency lost track of its vehicles."),
    ).toEqual([["the agency lost track of its vehicles", "A report from the state auditor"]]);
  });

  it("GIVEN 'they' after a plural group opens the sentence before THEN the group reports", () => {
    expect(
      reported("Dairy farmers are angry about the new rules. They argue the fees will ruin them."),
    ).toEqual([["the fees will ruin them", "Dairy farmers"]]);
    // No group to stand for: the clause is still reported, with no name.
    expect(
      reported("The rules took effect on Monday. They argue the fees will ruin small farms."),
    ).toEqual([["the fees will ruin small farms", null]]);
  });

  it("GIVEN a circumstance set off by commas or dashes before 'that' THEN the clause after it is reported", () => {
    expect(
      reported(
        "Dana Hollis said on the radio, where she hosts a weekly show, that the mill would close.",
      ),
    ).toEqual([["the mill would close", "Dana Hollis"]]);
    expect(
      reported("Dana Hollis said — in a post, as it happens — that the mill would close."),
    ).toEqual([["the mill would close", "Dana Hollis"]]);
  });

  it("GIVEN a finder described by a participle ('polls taken in …') THEN the whole subject reports", () => {
    expect(
      reported("Exit polls taken in the county found that most voters backed the levy."),
    ).toEqual([
      ["most voters backed the levy", "Exit polls taken in the county"],
      // The voters' own stance, found inside the finding: what they backed.
      ["the levy", "most voters"],
    ]);
  });

  it("GIVEN a quantity of a group placed by 'in' before its verb THEN the whole subject reports", () => {
    expect(reported("Most renters in Ward County say the fee is too high.")).toEqual([
      ["the fee is too high", "Most renters in Ward County"],
    ]);
  });

  it("GIVEN the writer reporting their own words ('I told …', 'we argue …') THEN the clause is reported with no name", () => {
    expect(reported("Last week I told the mayor that the stadium plan would fail.")).toEqual([
      ["the stadium plan would fail", null],
    ]);
    expect(reported("In this report we argue that the county should repave its roads.")).toEqual([
      ["the county should repave its roads", null],
    ]);
  });

  it("GIVEN a source who did not answer a request or asked not to be named THEN nothing was reported", () => {
    expect(reported("Dana Hollis did not respond to a request for comment on Friday.")).toEqual([]);
    expect(reported("Tom Reyes did not immediately reply to messages left at his office.")).toEqual(
      [],
    );
    expect(
      reported("The official did not want to be named because the talks are private."),
    ).toEqual([]);
    expect(reported("Dana Hollis said Reyes has not replied to her messages.")).toEqual([
      ["Reyes has not replied to her messages", "Dana Hollis"],
    ]);
    expect(reported("Dana Hollis did not respond to questions about the mill's debts.")).toEqual([
      ["did not respond to questions about the mill's debts", "Dana Hollis"],
    ]);
  });

  it("GIVEN a relative clause with no 'that' ('proposals she said were …') THEN the reported clause keeps its subject noun", () => {
    expect(
      reported(
        "Mayor Dana Hollis brought new proposals she said were intended to calm the unions.",
      ),
    ).toEqual([["proposals she said were intended to calm the unions", "Dana Hollis"]]);
    expect(reported("Dana Hollis said she would run again.")).toEqual([
      ["she would run again", "Dana Hollis"],
    ]);
  });
});
