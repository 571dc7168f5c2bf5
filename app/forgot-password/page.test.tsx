import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { MAIL_NOT_SENT, RESET_NEEDS_MAIL } from "@/lib/mail/mailbox";
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

  it("without mail, says how a password is reset and why it cannot be here, not that a link was not sent", async () => {
    vi.stubEnv("COMMONS_DEV_MAILBOX", "");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("NODE_ENV", "production");
    try {
      const html = await pageAt({});
      expect(html).toContain(RESET_NEEDS_MAIL);
      expect(html).not.toContain(MAIL_NOT_SENT);
      expect(html).not.toContain("Send me a link");
    } finally {
      vi.unstubAllEnvs();
    }
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
