/** `briefbot who-said`. (Not built yet.) */
export async function run(_args: string[]): Promise<number> {
  process.stderr.write("briefbot: this command is not available yet.\n");
  return 1;
}
