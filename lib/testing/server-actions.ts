import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

// Server actions live in lib/; the one that answers with rendered cards lives beside them in components/.
const ACTION_FOLDERS = ["lib", "components"];

/** The modules in lib/ and components/ that start with "use server". */
export async function serverActionFiles(): Promise<string[]> {
  const root = path.resolve(import.meta.dirname, "../..");
  const files: string[] = [];
  for (const folder of ACTION_FOLDERS) {
    const found = await readdir(path.join(root, folder), { recursive: true });
    files.push(
      ...found
        .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith("generated"))
        .map((file) => path.join(root, folder, file)),
    );
  }
  const sources = await Promise.all(files.map(async (file) => [file, await readFile(file, "utf8")] as const));
  return sources.filter(([, source]) => /^["']use server["']/.test(source)).map(([file]) => file);
}
