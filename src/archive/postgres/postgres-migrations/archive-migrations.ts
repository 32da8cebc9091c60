import type { PostgresMigration } from "../../migration.js";
import { postgresArchiveSchema } from "./001-archive-schema.js";

/** The archive's own PostgreSQL migrations (versions 1–99), oldest first. */
export const postgresArchiveMigrations: readonly PostgresMigration[] = [postgresArchiveSchema];
