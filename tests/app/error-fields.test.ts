import { describe, expect, it } from "vitest";
import { BriefbotError } from "../../src/app/briefbot-error.js";
import { errorFields } from "../../src/app/error-fields.js";

describe("errorFields", () => {
  it("GIVEN a coded error with a cause THEN the log keeps message, name, code and cause", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const error = new BriefbotError("login-failed", "Discord refused the token.", { cause });
    expect(errorFields(error)).toEqual({
      error: "Discord refused the token.",
      name: "BriefbotError[login-failed]",
      code: "login-failed",
      cause: { error: "connect ECONNREFUSED", name: "Error", code: "ECONNREFUSED" },
    });
  });

  it("GIVEN something thrown that is not an Error THEN it is its string", () => {
    expect(errorFields("boom")).toEqual({ error: "boom" });
  });
});
