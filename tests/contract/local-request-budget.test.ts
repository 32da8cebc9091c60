import { createLocalRequestBudget } from "../../src/app/briefings/local-request-budget.js";
import { describeRequestBudgetContract } from "./request-budget-contract.js";

// One process: its "instances" share the one in-memory budget, as callers in one process do.
describeRequestBudgetContract("local (one process)", async (instances) => {
  const budget = createLocalRequestBudget();
  return { budgets: Array.from({ length: instances }, () => budget), cleanup: async () => {} };
});
