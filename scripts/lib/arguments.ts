// The command-line arguments of the operator scripts. An argument a script would ignore is
// refused: `user:admin -- elif farah` promoted only elif, `db:backup -- --help` made a backup.

/** Refuses any argument, with the usage line. */
export function expectNoArguments(args: readonly string[], usage: string): void {
  if (args.length > 0) exitWithUsage(args, usage);
}

/** The one argument, which is not an option; otherwise the usage line. */
export function expectOneArgument(args: readonly string[], usage: string): string {
  const [only, ...rest] = args;
  if (only !== undefined && rest.length === 0 && !only.startsWith("-")) return only;
  exitWithUsage(args, usage);
}

/** The usage line: asked for (--help), on stdout with exit code 0; else on stderr with 2. */
function exitWithUsage(args: readonly string[], usage: string): never {
  const help = args.includes("--help") || args.includes("-h");
  (help ? console.log : console.error)(`Usage: ${usage}`);
  process.exit(help ? 0 : 2);
}
