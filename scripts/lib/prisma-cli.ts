import { spawn } from "node:child_process";
import path from "node:path";

const prismaBin = path.resolve("node_modules/.bin/prisma");

/**
 * Runs the unmodified Prisma CLI against `databaseUrl`. prisma.config.ts points
 * it at the offline schema-engine bridge, so this works without internet.
 */
export function runPrisma(args: string[], databaseUrl: string, options: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(prismaBin, args, {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`prisma ${args.join(" ")} failed with exit code ${code}:\n${output}`));
    });
  });
}
