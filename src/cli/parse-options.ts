import type { OptionSpec } from "./command-specs.js";
import { didYouMean } from "./suggest.js";

export interface ParsedOptions {
  /** Option name → its value, or `true` for a switch. The last occurrence wins. */
  options: Map<string, string | true>;
  positionals: string[];
}

export type ParseOptionsResult = ({ ok: true } & ParsedOptions) | { ok: false; message: string };

/**
 * Reads `--name value`, `--name=value`, `-x value` and switches against a command's options; `--`
 * ends the options and a lone `-` (standard input) is a positional. Every mistake is one
 * sentence of ours (a misspelt option gets a suggestion), never a library's message.
 */
export function parseOptions(
  known: readonly OptionSpec[],
  args: readonly string[],
): ParseOptionsResult {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const [flag = "", inline] = arg.split(/=(.*)/s, 2);
    const option = known.find((o) =>
      flag.startsWith("--") ? o.name === flag.slice(2) : o.short === flag.slice(1),
    );
    if (!option) {
      // "-5" is a value someone forgot the option for, not an option; let the command say so.
      if (/^-\d/.test(arg)) {
        positionals.push(arg);
        continue;
      }
      return { ok: false, message: unknownOption(known, flag) };
    }
    if (!option.value) {
      if (inline !== undefined) return { ok: false, message: `--${option.name} takes no value.` };
      options.set(option.name, true);
      continue;
    }
    const value = inline ?? args[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--")))
      return { ok: false, message: `--${option.name} needs a value (${option.value}).` };
    options.set(option.name, value);
  }
  return { ok: true, options, positionals };
}

function unknownOption(known: readonly OptionSpec[], flag: string): string {
  const names = known.map((o) => `--${o.name}`);
  const hint = didYouMean(flag.startsWith("--") ? flag : `-${flag}`, names);
  const list = names.length > 0 ? ` Options: ${names.join(", ")}, --help.` : "";
  return `Unknown option ${flag}.${hint ? ` Did you mean ${hint}?` : list}`;
}
