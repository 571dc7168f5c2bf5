import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createUser } from "@/test/factories";
import { stubProductionWithSmtp, stubProductionWithoutMail } from "@/test/mail/mail-settings";
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
    stubProductionWithSmtp();
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
