import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { stubProductionWithoutMail } from "@/test/mail/mail-settings";
import ResetPasswordPage from "./page";

afterEach(() => vi.unstubAllEnvs());

async function resetPageFor(token: string): Promise<string> {
  return renderToStaticMarkup(await ResetPasswordPage({ params: Promise.resolve({}), searchParams: Promise.resolve({ token }) }));
}

describe("a reset link that is not valid any more", () => {
  it("offers a new one where mail goes out", async () => {
    expect(await resetPageFor("not-a-token")).toContain('href="/forgot-password">Send me a new link</a>');
  });

  it("leads back to log in on a server that cannot send mail, promising none", async () => {
    stubProductionWithoutMail();
    const html = await resetPageFor("not-a-token");
    expect(html).toContain('href="/login">Back to log in</a>');
    expect(html).not.toContain("new link");
  });
});
