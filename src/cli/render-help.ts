import { commandSpecs, helpOption, type CommandSpec, type OptionSpec } from "./command-specs.js";

/** `briefbot --help`: every command with one line each. */
export function renderOverview(): string {
  const lines = commandSpecs.map((spec) => `  ${spec.name.padEnd(18)} ${spec.summary}`);
  return [
    "usage: briefbot <command> [options]",
    "",
    "commands:",
    ...lines,
    `  ${"help <command>".padEnd(18)} show a command's options`,
    "",
    "options:",
    `  ${"-h, --help".padEnd(18)} show this help`,
    `  ${"-V, --version".padEnd(18)} print the version`,
    "",
  ].join("\n");
}

/** `briefbot <command> --help`: usage, what it does, every option. */
export function renderCommandHelp(spec: CommandSpec): string {
  const usage = spec.usage.map((line, i) => `${i === 0 ? "usage:" : "      "} ${line}`);
  const options = [...spec.options, helpOption].map(renderOption);
  const notes = spec.notes ? ["", ...spec.notes] : [];
  return [...usage, "", `${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.`, ...notes]
    .concat(["", "options:", ...options, ""])
    .join("\n");
}

function renderOption(option: OptionSpec): string {
  const names = [option.short ? `-${option.short}` : "", `--${option.name}`]
    .filter(Boolean)
    .join(", ");
  const label = option.value ? `${names} ${option.value}` : names;
  return `  ${label.padEnd(22)} ${option.summary}`;
}
