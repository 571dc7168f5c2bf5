import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/live/route";
import { readSession } from "@/lib/auth/session-cookie";
import { revokeSession } from "@/lib/auth/sessions";
import { createFollow, createLike, createPost, createUser } from "@/test/factories";
import { signInAs } from "@/test/next/session";
import { liveListener } from "@/lib/live/listener";
import { MAX_STREAMS_PER_USER, liveHub } from "@/lib/live/server";

// The route and its streams against the real database and the real listener of this process.

afterAll(() => liveListener().stop());

const liveRequest = (abort = new AbortController()) => new Request("http://localhost/api/live", { signal: abort.signal });

/** Reads server-sent events from `response` as they arrive. */
function events(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    /** The data of the next event named `name` (others are skipped). */
    async next(name: string): Promise<unknown> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(block.split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]));
          if (fields.event === name) return JSON.parse(fields.data ?? "null");
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error(`The stream ended before a "${name}" event`);
        buffer += value;
      }
    },
    async ended(): Promise<boolean> {
      for (;;) if ((await reader.read()).done) return true;
    },
  };
}

async function signedInReader() {
  const reader = await createUser();
  await signInAs(reader.id);
  await liveListener().start();
  return reader;
}

describe("GET /api/live", () => {
  it("refuses a request without a session (401), and one whose session ended", async () => {
    expect((await GET(liveRequest())).status).toBe(401);

    const user = await createUser();
    await signInAs(user.id);
    await revokeSession((await readSession())!.sessionId);
    expect((await GET(liveRequest())).status).toBe(401);
  });

  it("sends the unread count on opening and again, counted up, when someone likes the reader's post", async () => {
    const reader = await signedInReader();
    const post = await createPost(reader.id);
    const abort = new AbortController();
    const response = await GET(liveRequest(abort));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const stream = events(response);
    expect(await stream.next("unread")).toEqual({ unread: 0 });

    await createLike((await createUser()).id, post.id);
    expect(await stream.next("unread")).toEqual({ unread: 1 });
    abort.abort();
  });

  it("signals the home feed when a followed account posts", async () => {
    const reader = await signedInReader();
    const followed = await createUser();
    await createFollow(reader.id, followed.id);
    const abort = new AbortController();
    const stream = events(await GET(liveRequest(abort)));

    await createPost(followed.id);
    expect(await stream.next("feed")).toEqual({});
    abort.abort();
  });

  it("ends the stream when the reader logs out elsewhere", async () => {
    await signedInReader();
    const stream = events(await GET(liveRequest()));
    await stream.next("unread");

    await revokeSession((await readSession())!.sessionId);
    expect(await stream.next("end")).toEqual({});
    expect(await stream.ended()).toBe(true);
  });

  it("caps the streams per reader (429), and lets go of every stream whose request is aborted", async () => {
    await signedInReader();
    const hub = liveHub();
    const before = hub.size;
    const aborts = Array.from({ length: MAX_STREAMS_PER_USER }, () => new AbortController());
    for (const abort of aborts) expect((await GET(liveRequest(abort))).status).toBe(200);
    expect(hub.size).toBe(before + MAX_STREAMS_PER_USER);

    const refused = await GET(liveRequest());
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/too many live connections/i);

    for (const abort of aborts) abort.abort();
    expect(hub.size).toBe(before);
    expect((await GET(liveRequest())).status).toBe(200);
  });
});
