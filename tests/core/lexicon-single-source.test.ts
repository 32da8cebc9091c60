import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stopwords } from "../../src/archive/stopwords.js";
import { NOT_NAME } from "../../src/core/entities/lexicon.js";
import { isFinderNoun } from "../../src/core/lexicon/finder-nouns.js";
import { COMMON_WORDS } from "../../src/core/lexicon/function-words.js";
import {
  CORE_SAY_VERBS,
  PLAIN_SAY_FORMS,
  REPORTING_VERBS,
} from "../../src/core/lexicon/reporting-verbs.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

describe("the lexicon is the one list of function words and plain verbs of saying", () => {
  it("archive search drops every common function word and every plain verb of saying", () => {
    for (const w of [...COMMON_WORDS, ...PLAIN_SAY_FORMS]) expect(stopwords.has(w), w).toBe(true);
  });

  it("a capitalised plain verb of saying never starts a name", () => {
    for (const w of PLAIN_SAY_FORMS) expect(NOT_NAME.has(w), w).toBe(true);
  });

  it("the plain verbs of saying are reporting verbs that signal a quote on their own", () => {
    for (const w of PLAIN_SAY_FORMS) {
      expect(REPORTING_VERBS.has(w), w).toBe(true);
      expect(CORE_SAY_VERBS.has(w), w).toBe(true);
    }
  });

  it("no module outside src/core/lexicon re-lists the plain verbs of saying", () => {
    const relisting = sources("src").filter(
      (f) =>
        !f.startsWith(join("src", "core", "lexicon")) &&
        /said says told added|said\|says\|told\|added|"said",\s*"says",\s*"told"/.test(
          readFileSync(f, "utf8"),
        ),
    );
    expect(relisting).toEqual([]);
  });

  it("the nouns of what finds or shows (poll, survey, study) are listed once, plurals read", () => {
    for (const w of ["poll", "Polls", "studies", "records", "jury"])
      expect(isFinderNoun(w), w).toBe(true);
    for (const w of ["voters", "pollster", "officials"]) expect(isFinderNoun(w), w).toBe(false);
    const relisting = sources("src").filter(
      (f) =>
        !f.startsWith(join("src", "core", "lexicon")) &&
        /poll\|(?:polling\|)?survey\|study/.test(readFileSync(f, "utf8")),
    );
    expect(relisting).toEqual([]);
  });

  it("the nouns of a body that speaks as one (campaign, committee, department) are listed once", () => {
    const relisting = sources("src").filter(
      (f) =>
        !f.startsWith(join("src", "core", "lexicon")) &&
        /campaign\|committee\|department|group campaign department/.test(readFileSync(f, "utf8")),
    );
    expect(relisting).toEqual([]);
  });
});
