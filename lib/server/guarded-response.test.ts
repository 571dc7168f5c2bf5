import { Agent, type IncomingMessage, type Server, createServer, request as httpRequest } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GuardedResponse } from "./guarded-response";

// The response holds a turn's writes and sends them together. What must never happen: a write
// lost or reordered, an answer that waits forever, or a kept-alive socket left holding the next
// request's answer.

let server: Server<typeof IncomingMessage, typeof GuardedResponse>;
let port: number;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
/** The socket writes each answer took, by the `id` of its request, once the answer has finished. */
const writesPerAnswer = new Map<string, Promise<number>>();

/** Counts the socket's writes as the kernel gets them: one per `_write` or `_writev` call. */
const socketWrites = new WeakMap<Socket, { calls: number }>();
function countWrites(socket: Socket) {
  const known = socketWrites.get(socket);
  if (known) return known;
  const counter = { calls: 0 };
  const write = socket._write.bind(socket);
  socket._write = (chunk, encoding, callback) => {
    counter.calls += 1;
    write(chunk, encoding, callback);
  };
  const writev = socket._writev?.bind(socket);
  if (writev) {
    socket._writev = (chunks, callback) => {
      counter.calls += 1;
      writev(chunks, callback);
    };
  }
  socketWrites.set(socket, counter);
  return counter;
}

beforeAll(async () => {
  server = createServer({ ServerResponse: GuardedResponse }, (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const pieces = Number(url.searchParams.get("pieces"));
    const turns = Number(url.searchParams.get("turns"));
    const counter = countWrites(response.socket!);
    const before = counter.calls;
    writesPerAnswer.set(url.searchParams.get("id") ?? "", new Promise((resolve) => response.once("finish", () => resolve(counter.calls - before))));
    response.writeHead(200, { "content-type": "text/plain" });
    let turn = 0;
    // As React streams a page: each piece a microtask after the previous one, all in one turn.
    const writeTurn = async () => {
      for (let index = 0; index < pieces; index++) {
        await Promise.resolve();
        response.write(`${turn}:${index};`);
      }
      turn += 1;
      if (turn < turns) setTimeout(() => void writeTurn(), 5);
      else response.end("end");
    };
    void writeTurn();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  agent.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function get(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, path, agent }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve(body));
    });
    request.on("error", reject);
    request.setTimeout(5_000, () => request.destroy(new Error("no answer within 5 s")));
    request.end();
  });
}

function expected(pieces: number, turns: number): string {
  let body = "";
  for (let turn = 0; turn < turns; turn++) for (let index = 0; index < pieces; index++) body += `${turn}:${index};`;
  return `${body}end`;
}

describe("GuardedResponse", () => {
  it("sends every piece, in order, in one write per turn", async () => {
    expect(await get("/?pieces=200&turns=1&id=one")).toBe(expected(200, 1));
    expect(await get("/?pieces=50&turns=4&id=four")).toBe(expected(50, 4));
    // The head and 200 pieces in one turn, and the end: not 200 system calls.
    expect(await writesPerAnswer.get("one")).toBeLessThanOrEqual(2);
    expect(await writesPerAnswer.get("four")).toBeLessThanOrEqual(5);
  });

  it("leaves a kept-alive socket free for the next answers", async () => {
    // One socket (maxSockets: 1): each answer reuses the socket the previous one corked.
    for (let round = 0; round < 5; round++) expect(await get(`/?pieces=${10 + round}&turns=2`)).toBe(expected(10 + round, 2));
  });
});
