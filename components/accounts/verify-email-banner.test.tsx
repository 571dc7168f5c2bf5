import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createUser } from "@/test/factories";
import { stubProduction, stubProductionWithoutMail } from "@/test/mail/without-mail";
import { signInAs } from "@/test/next/session";
import { VerifyEmailBanner } from "./verify-email-banner";

afterEach(() => vi.unstubAllEnvs());

async function bannerFor(userId: string): Promise<string> {
  await signInAs(userId);
  return renderToStaticMarkup(await VerifyEmailBanner());
}

describe("the banner asking a signed-in account to verify its address", () => {
  it("asks an unverified account, with a way to send the link again, where mail goes out", async () => {
    const user = await createUser({ unverified: true });
    stubProduction();
    vi.stubEnv("SMTP_URL", "smtp://mail.example:587");
    vi.stubEnv("MAIL_FROM", "Commons <no-reply@example.org>");
    const html = await bannerFor(user.id);
    expect(html).toContain("Please verify your email address");
    expect(html).toContain("Resend the link");
  });

  it("asks nothing of a verified account", async () => {
    const user = await createUser();
    expect(await bannerFor(user.id)).toBe("");
  });

  it("asks nothing on a server that cannot send mail, where no link could reach anyone", async () => {
    const user = await createUser({ unverified: true });
    stubProductionWithoutMail();
    expect(await bannerFor(user.id)).toBe("");
  });
});
