import { words } from "./word-list.js";

/**
 * Events a calendar holds, named by a noun: "tomorrow's vote", "the Jan. 14 deadline", "the
 * summit in April". With a definite date to come beside them they are a next step.
 */
export const SCHEDULED_NOUNS: readonly string[] = words(
  "vote votes voting election elections poll polls ballot referendum hearing hearings trial " +
    "meeting meetings summit summits talks conference session sessions ceremony deadline " +
    "debate debates ruling verdict sentencing visit trip auction offering launch debut opening " +
    "accession inauguration signing deliberations match game final finals race premiere " +
    "return date showdown negotiations rally march protest strike walkout",
);

/** Debts and payments that fall due on a date: "notes due 2015", "the payment is due March 1". */
export const DEBT_NOUNS: readonly string[] = words(
  "note notes bond bonds debenture debentures debt debts loan loans security securities " +
    "payment payments installment installments instalment instalments obligation obligations " +
    "paper certificates mortgage mortgages bill bills issue issues repayment repayments",
);

/**
 * Figures a company or an analyst foresees for a period: "expects earnings of $2 a share in
 * 1990", "predicting 1990 earnings of …".
 */
export const FIGURE_NOUNS: readonly string[] = words(
  "earnings profit profits revenue revenues sales income loss losses margin margins growth " +
    "results output production dividend dividends deficit surplus spending inflation returns",
);

/** What a figure is foreseen in: "his 1990 earnings projection", "the 2006 budget". */
export const FORECAST_NOUNS: readonly string[] = words(
  "projection projections forecast forecasts estimate estimates outlook target targets budget " +
    "budgets guidance",
);

/**
 * Nouns that name an act planned, followed by "to" and the act: "an option to buy … after
 * Jan. 1, 1990", "a plan to cut jobs by 1992".
 */
export const PLANNING_NOUNS: readonly string[] = words(
  "plan plans program programs programme programmes proposal proposals option options " +
    "agreement agreements deal offer bid commitment pledge promise intention timetable " +
    "schedule target goal effort drive campaign right rights obligation",
);

/** Words of a security that can be redeemed or sold back from a date: "redeemable from 1995". */
export const REDEEMABLE_WORDS: readonly string[] = words(
  "redeemable puttable callable exercisable repayable",
);

/** Words that say a plan is over: "the plan has been scrapped", "the deal was called off". */
export const SCRAPPED_WORDS: readonly string[] = words(
  "scrapped abandoned cancelled canceled dropped shelved withdrawn rescinded ditched",
);
