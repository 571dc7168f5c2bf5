import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

/** The modules in lib/ that start with "use server". */
export async function serverActionFiles(): Promise<string[]> {
  const lib = path.resolve(import.meta.dirname, "..");
  const files = (await readdir(lib, { recursive: true }))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.startsWith("generated"))
    .map((file) => path.join(lib, file));
  const sources = await Promise.all(files.map(async (file) => [file, await readFile(file, "utf8")] as const));
  return sources.filter(([, source]) => /^["']use server["']/.test(source)).map(([file]) => file);
}
