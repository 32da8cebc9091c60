import type pg from "pg";
import {
  openPostgresPool,
  runPostgresMigrations,
} from "../../src/archive/postgres/open-postgres.js";
import { chatPostgresMigrations } from "../../src/archive/postgres/postgres-migrations/chat-tables.js";
import { createPostgresRequestBudget } from "../../src/archive/postgres/postgres-request-budget.js";
import { scratchDatabase } from "./postgres-server.js";
import { describeRequestBudgetContract } from "./request-budget-contract.js";

// Each "instance" has a pool of its own, as separate processes would; one database between them.
describeRequestBudgetContract("PostgreSQL (instances with a pool each)", async (instances) => {
  const database = await scratchDatabase("bb_budget");
  const pools: pg.Pool[] = Array.from({ length: instances }, () => openPostgresPool(database.url));
  await runPostgresMigrations(pools[0] as pg.Pool, chatPostgresMigrations);
  return {
    budgets: pools.map((pool) => createPostgresRequestBudget(pool)),
    cleanup: async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      await database.drop();
    },
  };
});
