import { Writable } from "node:stream";
import type { Level } from "pino";
import { createLogger } from "./logger";

/** A logger whose lines land, parsed, in `lines`. For tests. */
export function capturingLogger(level: Level | "silent" = "info") {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createLogger(stream, level) };
}
