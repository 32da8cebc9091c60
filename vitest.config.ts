import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    // Tests spawn bin/briefbot.js, which runs the compiled dist/: build it first when stale.
    // Then say whether the PostgreSQL suites can run (TEST_DATABASE_URL, else 127.0.0.1:5432/test).
    globalSetup: ["tests/build-before-tests.ts", "tests/postgres-check.ts"],
    // The JSON report lets .ci/run print one plain "N passed, N failed" closing line.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
