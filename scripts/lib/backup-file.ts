import { createReadStream } from "node:fs";
import { cp, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import type { TableLayout } from "./backup-catalog";

// A backup is two things side by side:
//   commons-<UTC time>.dump      gzip'd JSON lines: a header (the migrations that built the schema,
//                                the tables with their columns and row counts, the sequences),
//                                then the rows of each table in batches, parents before children
//   commons-<UTC time>-uploads/  a copy of the upload folder
// Every value travels in PostgreSQL's own text form, so it comes back exactly as it was.

export const FORMAT = "commons-backup";
export const VERSION = 1;
export const BATCH_ROWS = 1_000;

export type Header = {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  /** Applied migrations in order, with the SQL that built the schema. */
  migrations: { name: string; sql: string }[];
  tables: (TableLayout & { rows: number })[];
  sequences: { name: string; value: string }[];
};
export type Batch = { table: string; rows: (string | null)[][] };

/** `commons-2026-11-21T03-15-00Z`: sorts by time and is a valid file name everywhere. */
export function backupName(at: Date): string {
  return `commons-${at.toISOString().replace(/\.\d{3}Z$/, "Z").replaceAll(":", "-")}`;
}

/** The upload folder that belongs to a dump file. */
export function uploadsBeside(dumpFile: string): string {
  return `${dumpFile.replace(/\.dump$/, "")}-uploads`;
}

/** The lines of a dump; a read or decompression error (a cut-off file) is thrown, not swallowed. */
export async function* readLines(dumpFile: string): AsyncGenerator<string> {
  const file = createReadStream(dumpFile);
  const gunzip = createGunzip();
  file.on("error", (error) => gunzip.destroy(error));
  const decoder = new StringDecoder("utf8");
  let parts: string[] = [];
  try {
    for await (const chunk of file.pipe(gunzip) as AsyncIterable<Buffer>) {
      const text = decoder.write(chunk);
      let start = 0;
      for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
        parts.push(text.slice(start, end));
        yield parts.join("");
        parts = [];
        start = end + 1;
      }
      parts.push(text.slice(start));
    }
  } finally {
    file.destroy();
    gunzip.destroy();
  }
  const last = parts.join("") + decoder.end();
  if (last) yield last;
}

export async function readHeader(dumpFile: string): Promise<Header> {
  await stat(dumpFile);
  let header: unknown;
  try {
    for await (const line of readLines(dumpFile)) {
      header = JSON.parse(line);
      break;
    }
  } catch {
    throw new Error(`${dumpFile} is not a Commons backup.`);
  }
  const parsed = header as Partial<Header> | undefined;
  if (parsed?.format !== FORMAT) throw new Error(`${dumpFile} is not a Commons backup.`);
  if (parsed.version !== VERSION) throw new Error(`${dumpFile} is a version ${parsed.version} backup; this code reads version ${VERSION}.`);
  return parsed as Header;
}

/** Copies the upload folder; temporary files of uploads in progress (dot files) stay behind. */
export async function copyUploads(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const present = await stat(from).then(() => true, () => false);
  if (!present) return;
  await cp(from, to, { recursive: true, filter: (source) => !path.basename(source).startsWith(".") || source === from });
}

export async function countFiles(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}
