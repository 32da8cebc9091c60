import { z } from "zod";

/** What the engine accepts: an article's text and whatever metadata came with it. */
export const articleInputSchema = z.object({
  id: z.string().optional(),
  text: z.string(),
  title: z.string().optional(),
  /** ISO date (YYYY-MM-DD); relative times ("next week") resolve against it. */
  date: z.string().optional(),
  url: z.string().optional(),
  publisher: z.string().optional(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;
