import type { Migration } from "../migration.js";
import { archiveSchema } from "./001-archive-schema.js";
import { compactArticles } from "./002-compact-articles.js";

/** The archive's own migrations (versions 1–99), oldest first. */
export const archiveMigrations: readonly Migration[] = [archiveSchema, compactArticles];
