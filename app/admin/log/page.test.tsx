import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createUser } from "@/test/factories";
import { signInAs } from "@/test/next/session";
import ModerationLogPage from "./page";

describe("the moderation log", () => {
  it("says what is empty before anything was decided, as the report queue does", async () => {
    await signInAs((await createUser({ role: "ADMIN" })).id);
    const page = await ModerationLogPage({ params: Promise.resolve({}), searchParams: Promise.resolve({}) });
    expect(renderToStaticMarkup(page)).toContain("No moderation decisions yet.");
  });
});
