/**
 * Articles written to attack a chat platform: their quotes carry broadcast pings, user and role
 * mentions, masked links and zero-width/bidi characters. The real engine ingests them, so every
 * adapter test sees those strings in real answers (quotes are the article's exact words).
 */
export const hostileArticle = `Banks warn of fake alerts

LONDON (Reuters) - Bank regulators on Monday warned customers about fraudulent messages.

"<!channel> <!here> <!everyone> @everyone @here ping <@U123> <@&123> and <#C999|general>, see <https://evil.example|your bank> or [bank](https://evil.example) now, zero\u200Bwidth\u2060 and \u202Ereversed\u202C text," said Mary Stone, the chief regulator at the Financial Conduct Authority.

Stone said the agency would publish a list of fake sites by Friday.
`;

const clause = (i: number) =>
  Array.from(
    { length: 12 },
    (_, k) => `clause ${i}.${k} of the budget will be reviewed with care`,
  ).join(", and ");
const sentence = (i: number) => `"${clause(i)}," said Peter Long, the finance minister.`;

/** An article with many long quotes from one speaker, so his answers exceed every message limit. */
export const longArticle = `Budget talks drag on

PARIS (Reuters) - Finance ministers met again on Tuesday over the budget.

${Array.from({ length: 120 }, (_, i) => sentence(i)).join("\n\n")}

Long said a final vote would take place on March 3.
`;
