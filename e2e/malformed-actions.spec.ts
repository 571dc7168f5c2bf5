import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "./support/fixtures";
import { postChunkedBody } from "./support/raw-request";

// Server-action requests no browser of this site would send: unknown or
// malformed action ids, wrong content types, garbage and truncated bodies,
// argument lists React cannot decode or the action does not expect, with a
// length or sent in chunks without one. Each must
// get an answer below 500: the server refuses them, it does not fail on them.

const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, unknown> };
const actionIds = Object.keys(manifest.node);
const BOUNDARY = "----CommonsProbe";

type Probe = { path: string; actionId?: string; contentType?: string; body: string | Uint8Array; cut: number; chunked: boolean };

const headerText = fc.stringMatching(/^[\x21-\x7e]{0,60}$/);
const actionId = fc.oneof(fc.constantFrom(...actionIds), fc.stringMatching(/^[0-9a-f]{42}$/), headerText);

// Strings the React reply decoder treats as references to other parts, numbers or dates.
const replyString = fc.oneof(fc.constantFrom("$Q1", "$@2", "$h3", "$K1", "$W1", "$i2", "$1", "$n12x", "$D", "$T", "$$", "$B9", "$A1"), fc.string({ maxLength: 20 }));
const replyValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, replyString, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 3 })),
})).value;
const replyText = fc.oneof(fc.array(replyValue, { maxLength: 5 }), replyValue).map((value) => JSON.stringify(value));

const partName = fc.oneof(fc.constantFrom("0", "1", "2", "$ACTION_REF_1", "$ACTION_1:0", "$ACTION_1:1", "$ACTION_KEY", ...actionIds.map((id) => `$ACTION_ID_${id}`)), fc.string({ maxLength: 12 }));
const multipart = fc
  .array(fc.record({ name: partName, value: fc.oneof(replyText, fc.string({ maxLength: 40 })) }), { maxLength: 5 })
  .map((parts) => parts.map(({ name, value }) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "")}"\r\n\r\n${value}\r\n`).join("") + `--${BOUNDARY}--\r\n`);

const probe: fc.Arbitrary<Probe> = fc.record(
  {
    path: fc.constantFrom("/", "/login", "/signup", "/explore", "/settings", "/p/nothing"),
    actionId,
    contentType: fc.constantFrom(
      `multipart/form-data; boundary=${BOUNDARY}`,
      "multipart/form-data",
      "multipart/form-data; boundary=",
      "text/plain;charset=UTF-8",
      "application/json",
      "application/x-www-form-urlencoded",
      "application/octet-stream",
    ),
    body: fc.oneof(multipart, replyText, fc.uint8Array({ maxLength: 500 }), fc.string({ maxLength: 200 })),
    // Truncates the body to this many bytes (a body cut short), if below its length.
    cut: fc.nat({ max: 2_000 }),
    // Sent with chunked transfer encoding, as a streaming client would, instead of with a length.
    chunked: fc.boolean(),
  },
  { requiredKeys: ["path", "body", "cut", "chunked"] },
);

const LOG_IN = actionIds.find((id) => JSON.stringify(manifest.node[id]).includes('"logIn"'));
const pinned: Probe[] = [
  { path: "/login", actionId: LOG_IN, contentType: "text/plain;charset=UTF-8", body: "{{{", cut: 2_000, chunked: false },
  { path: "/login", actionId: LOG_IN, contentType: "text/plain;charset=UTF-8", body: "[1,2,3]", cut: 2_000, chunked: false },
  { path: "/login", actionId: LOG_IN, contentType: "text/plain;charset=UTF-8", body: '"x"', cut: 2_000, chunked: false },
  { path: "/login", actionId: LOG_IN, contentType: "text/plain;charset=UTF-8", body: '["$Q1"]', cut: 2_000, chunked: false },
  { path: "/login", actionId: LOG_IN, contentType: "application/json", body: "[]", cut: 2_000, chunked: false },
  { path: "/login", actionId: LOG_IN, contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: "garbage", cut: 2_000, chunked: false },
  { path: "/login", actionId: LOG_IN, contentType: "multipart/form-data", body: "garbage", cut: 2_000, chunked: false },
  { path: "/login", contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n`, cut: 30, chunked: false },
  { path: "/login", actionId: LOG_IN, contentType: "text/plain;charset=UTF-8", body: '["$Q1"]', cut: 2_000, chunked: true },
  { path: "/login", actionId: LOG_IN, contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: "garbage", cut: 2_000, chunked: true },
];

test("malformed server-action requests are refused with a 4xx, never a 5xx", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  await fc.assert(
    fc.asyncProperty(probe, async ({ path, actionId, contentType, body, cut, chunked }) => {
      const bytes = Buffer.from(body).subarray(0, cut);
      const headers: Record<string, string> = { Origin: baseURL! };
      if (actionId !== undefined) headers["Next-Action"] = actionId;
      if (contentType !== undefined) headers["Content-Type"] = contentType;
      const status = chunked
        ? await postChunkedBody(`${baseURL}${path}`, headers, bytes)
        : (await request.post(path, { headers, data: bytes, maxRedirects: 0 })).status();
      expect(status, `${path} ${chunked ? "chunked " : ""}${JSON.stringify(headers)} ${bytes.toString().slice(0, 200)}`).toBeLessThan(500);
    }),
    { numRuns: 50, examples: pinned.map((example) => [example]) },
  );
});
