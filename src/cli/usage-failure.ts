import { usageOf } from "./command-specs.js";

/** A usage mistake: one sentence naming the command, its usage lines, exit code 2. */
export function usageFailure(command: string, message: string): number {
  process.stderr.write(`briefbot ${command}: ${message}\n${usageOf(command)}\n`);
  return 2;
}
