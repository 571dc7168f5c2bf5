import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { issueToken } from "@/lib/account-tokens/store";
import { INVALID_LINK } from "@/lib/account-tokens/token";
import { db } from "@/lib/db";
import { verifyEmail } from "@/lib/email-addresses/actions";
import { ALREADY_VERIFIED } from "@/lib/email-addresses/schema";
import { MAIL_NOT_SENT } from "@/lib/mail/mailbox";
import { createUser } from "@/test/factories";
import { stubProductionWithoutMail } from "@/test/mail/mail-settings";
import { RedirectError, request } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import VerifyEmailPage from "./page";

async function linkPage(token: string): Promise<string> {
  return renderToStaticMarkup(await VerifyEmailPage({ params: Promise.resolve({}), searchParams: Promise.resolve({ token }) }));
}

afterEach(() => vi.unstubAllEnvs());

async function resentPage(): Promise<string> {
  return renderToStaticMarkup(await VerifyEmailPage({ params: Promise.resolve({}), searchParams: Promise.resolve({ resent: "1" }) }));
}

async function usedLink(owner: { id: string; email: string }): Promise<string> {
  const token = await db.$transaction((tx) => issueToken(tx, { userId: owner.id, purpose: "VERIFY_EMAIL", validForMs: 60 * 60_000, email: owner.email }));
  await expect(verifyEmail(null, form({ token }))).rejects.toEqual(new RedirectError("/verify-email?verified=yes"));
  return token;
}

describe("a verification link opened again after it confirmed the address", () => {
  it("tells its signed-in owner that their address is verified", async () => {
    const owner = await createUser({ unverified: true });
    await signInAs(owner.id);
    const html = await linkPage(await usedLink(owner));
    expect(html).toContain(ALREADY_VERIFIED);
    expect(html).not.toContain(INVALID_LINK);
  });

  it("says only that the link does not work to a visitor or another account, naming no one", async () => {
    const owner = await createUser({ unverified: true });
    const token = await usedLink(owner);
    const other = await createUser();
    for (const viewer of [null, other.id]) {
      request.reset();
      if (viewer) await signInAs(viewer);
      const html = await linkPage(token);
      expect({ viewer, invalid: html.includes(INVALID_LINK) }).toEqual({ viewer, invalid: true });
      expect(html).not.toContain(ALREADY_VERIFIED);
      expect(html).not.toContain(owner.email);
    }
  });

  it("calls it not valid any more for its owner too once a newer link replaced it", async () => {
    const owner = await createUser({ unverified: true });
    await signInAs(owner.id);
    const token = await usedLink(owner);
    await db.$transaction((tx) => issueToken(tx, { userId: owner.id, purpose: "VERIFY_EMAIL", validForMs: 60 * 60_000, email: "elsewhere@example.test" }));
    expect(await linkPage(token)).toContain(INVALID_LINK);
  });
});

describe("the page Resend leads to without JavaScript", () => {
  it("names the address the new link went to where mail goes out", async () => {
    const owner = await createUser({ unverified: true });
    await signInAs(owner.id);
    expect(await resentPage()).toContain(`We sent a new link to ${owner.email}.`);
  });

  it("promises no link on a server that cannot send mail", async () => {
    const owner = await createUser({ unverified: true });
    stubProductionWithoutMail();
    await signInAs(owner.id);
    const html = await resentPage();
    expect(html).toContain(MAIL_NOT_SENT);
    expect(html).not.toContain("We sent a new link");
  });
});
