import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): what polls, studies and inquiries found.

describe("reported speech: the findings of polls, studies and inquiries", () => {
  it("GIVEN a sentence opening with 'In' and a poll THEN the rest of the sentence is its finding", () => {
    expect(
      reported("In a Harbor Institute poll released Monday, 52 percent of voters backed the levy."),
      // The respondents' own stance inside the finding is reported too, as PolNeAR nests it.
    ).toEqual([
      ["the levy", "52 percent of voters"],
      ["52 percent of voters backed the levy", "a Harbor Institute poll"],
    ]);
    expect(
      reported(
        "In the new county survey, conducted Feb. 3 to Feb. 9, most renters opposed the plan.",
      ),
    ).toEqual([
      ["the plan", "most renters"],
      ["most renters opposed the plan", "the new county survey"],
    ]);
    expect(reported("In a Harbor Institute poll, she led Mr. Lee by nine points.")).toEqual([
      ["she led Mr. Lee by nine points", "a Harbor Institute poll"],
    ]);
  });

  it("GIVEN 'In' and a phrase a poll noun does not head THEN nothing is reported", () => {
    expect(
      reported("In a memo released as the polls closed, the mayor listed three new projects."),
    ).toEqual([]);
    expect(reported("In the polling station, two volunteers handed out ballots.")).toEqual([]);
  });

  it("GIVEN an analysis, an inquiry or an average of polls THEN what it shows or found is reported", () => {
    expect(reported("Early analysis shows the turnout was lower than expected.")).toEqual([
      ["the turnout was lower than expected", "Early analysis"],
    ]);
    expect(reported("The inquiry found the agency never checked its own files.")).toEqual([
      ["the agency never checked its own files", "The inquiry"],
    ]);
    expect(reported("An average of recent polls shows Lee ahead by four points.")).toEqual([
      ["Lee ahead by four points", "An average of recent polls"],
    ]);
  });

  it("GIVEN a poll or a survey with a modifier THEN its own head decides what it shows", () => {
    expect(reported("Polls in Marion County show the levy is likely to pass.")).toEqual([
      ["the levy is likely to pass", "Polls in Marion County"],
    ]);
    expect(
      reported("A recent survey of county renters shows that the levy is likely to fail."),
    ).toEqual([["the levy is likely to fail", "A recent survey of county renters"]]);
  });

  it("GIVEN a poll dated with 'out' or placed with 'there' THEN it still shows its finding", () => {
    expect(reported("A Harbor Institute poll out Monday showed Lee with a wide lead.")).toEqual([
      ["Lee with a wide lead", "A Harbor Institute poll"],
    ]);
    expect(reported("Polls there show the levy is likely to pass.")).toEqual([
      ["the levy is likely to pass", "Polls"],
    ]);
  });
});

describe("reported speech: polls that name their source at length, and voters' answers", () => {
  it("GIVEN 'according to' and a long poll phrase THEN the whole phrase is the source", () => {
    expect(
      reported(
        "According to an online University of Oregon/Harbor Tribune poll out Thursday, the two senators each have 27 percent.",
      ),
    ).toEqual([
      [
        "the two senators each have 27 percent",
        "an online University of Oregon/Harbor Tribune poll out Thursday",
      ],
    ]);
  });

  it("GIVEN a share of voters who said yes, no or the same THEN the answer is reported", () => {
    expect(reported("In March, 46 percent of renters said yes.")).toEqual([
      ["yes", "46 percent of renters"],
    ]);
    expect(reported("A year earlier, 26 percent said the same.")).toEqual([
      ["the same", "26 percent"],
    ]);
  });

  it("GIVEN a paragraph opening with 'By' and no byline THEN its reported speech is read", () => {
    expect(reported("By wide margins, those surveyed say the levy should pass.")).toEqual([
      ["the levy should pass", "those surveyed"],
    ]);
    expect(reported("By Dana Hollis and Tom Reyes")).toEqual([]);
  });
});

describe("reported speech: a poll's participle", () => {
  it("GIVEN a poll or polling data followed by 'showing' THEN what it shows is reported, up to the comma", () => {
    expect(reported("Despite polls showing him well behind, Lee kept campaigning.")).toEqual([
      ["him well behind", "polls"],
    ]);
    expect(
      reported("The vote followed polling data showing that most renters backed the levy."),
    ).toEqual([
      ["most renters backed the levy", "polling data"],
      ["the levy", "most renters"],
    ]);
  });
});
