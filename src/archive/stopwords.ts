/** Words too common to find a quote by on their own; they still count when scoring. */
export const stopwords = new Set(
  `a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its
  me my no not of on or our she so than that the their them then there these they this to too up us was we were
  what when which who will with would you your said says told added just also very ever`.split(
    /\s+/,
  ),
);
