import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RESET_REQUESTED } from "@/lib/password-reset/schema";
import { RESET_REQUESTED_HREF } from "@/lib/routes";
import ForgotPasswordPage from "./page";

async function pageAt(query: Record<string, string>): Promise<string> {
  return renderToStaticMarkup(await ForgotPasswordPage({ params: Promise.resolve({}), searchParams: Promise.resolve(query) }));
}

describe("the forgot-password page the form sent without JavaScript leads to", () => {
  it("says the link was asked for, as the form says it in place, above the form, focused", async () => {
    const sent = Object.fromEntries(new URL(RESET_REQUESTED_HREF, "http://commons.test").searchParams);
    const html = await pageAt(sent);
    expect(html).toMatch(new RegExp(`<div tabindex="-1" autofocus="">\\s*<p role="status"[^>]*>${RESET_REQUESTED}</p>`));
    expect(html).toContain("Send me a link");
  });

  it("says nothing for any other value", async () => {
    const others: Record<string, string>[] = [{}, { sent: "0" }, { sent: "We mailed you" }];
    for (const query of others) {
      const html = await pageAt(query);
      expect(html).not.toContain(RESET_REQUESTED);
      expect(html).not.toContain('role="status"');
    }
  });
});
