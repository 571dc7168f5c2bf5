import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/actions/result";
import { createPost } from "@/lib/posts/actions";
import { POST_TEXT_LIMIT } from "@/lib/posts/schema";
import { MAX_POST_LENGTH } from "@/lib/validation/limits";
import { createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { ComposeFields } from "./compose-form";

// A refused post comes back into the compose box, which the server renders
// with a character count. A 100,000-character post once took the process down
// ("JavaScript heap out of memory"): echoing and counting must be bounded.
// The time bound only says "not minutes": today's text takes milliseconds.

const TOO_LONG = `Keep it to ${MAX_POST_LENGTH} characters.`;

function renderCompose(state: FormState): { html: string; milliseconds: number } {
  const started = performance.now();
  const html = renderToString(createElement(ComposeFields, { state }));
  return { html, milliseconds: performance.now() - started };
}

let userId: string;

beforeAll(async () => {
  userId = (await createUser()).id;
});

beforeEach(async () => {
  await signInAs(userId);
});

describe("the compose form without JavaScript, given an oversized post", () => {
  it.each([
    ["100,000 characters", "a".repeat(100_000)],
    ["10 MB of emoji", "👩‍👩‍👧".repeat(1_250_000)],
  ])("refuses %s, echoing the text cut to its limit, and renders the refusal at once", async (_, text) => {
    const result = await createPost(null, form({ text }));

    expect(result).toMatchObject({ ok: false, fieldErrors: { text: [TOO_LONG] } });
    const echoed = result.ok ? "" : (result.values?.text ?? "");
    expect(echoed.length).toBeLessThanOrEqual(POST_TEXT_LIMIT.codeUnits);
    expect(text.startsWith(echoed)).toBe(true);

    const { html, milliseconds } = renderCompose(result);
    expect(milliseconds).toBeLessThan(2_000);
    expect(html).toContain(TOO_LONG);
    expect(html).toMatch(/>(More than 500|\d+) characters over</);
  });

  it("counts no further than the limit even when handed 200,000 characters", () => {
    const { html, milliseconds } = renderCompose({ ok: false, values: { text: "b".repeat(200_000) } });
    expect(milliseconds).toBeLessThan(2_000);
    expect(html).toContain(`More than ${MAX_POST_LENGTH} characters over`);
  });

  it("still counts characters as a person does below the limit", () => {
    const { html } = renderCompose({ ok: false, values: { text: "👩‍👩‍👧 e\u0301" } });
    expect(html).toContain(`${MAX_POST_LENGTH - 3} characters left`);
  });
});

describe("the compose form without JavaScript, given a refused post with images", () => {
  it("keeps the text and asks kindly for the images again, naming the refused file", () => {
    const { html } = renderCompose({
      ok: false,
      fieldErrors: { images: ["holiday.gif: That image could not be read."] },
      values: { text: "Our holiday", images: "2" },
    });
    expect(html).toContain("Our holiday</textarea>");
    expect(html).toContain("holiday.gif: That image could not be read.");
    expect(html).toContain("please choose your 2 images again");
  });

  it("asks for nothing when no image was sent", () => {
    const { html } = renderCompose({ ok: false, fieldErrors: { text: ["Keep it to 500 characters."] }, values: { text: "x" } });
    expect(html).not.toContain("choose your");
  });
});
