import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createUser } from "@/test/factories";
import { stubProductionWithoutMail } from "@/test/mail/mail-settings";
import { signInAs } from "@/test/next/session";
import TwoFactorPage from "./page";

afterEach(() => vi.unstubAllEnvs());

async function twoFactorPageAs(userId: string): Promise<string> {
  await signInAs(userId);
  return renderToStaticMarkup(await TwoFactorPage({ params: Promise.resolve({}), searchParams: Promise.resolve({}) }));
}

describe("the two-factor page's promise of a mailed notice", () => {
  it("is made where mail goes out", async () => {
    const user = await createUser();
    expect(await twoFactorPageAs(user.id)).toContain("logs you out everywhere else, and we mail you a notice.");
  });

  it("is not made on a server that cannot send mail", async () => {
    const user = await createUser();
    stubProductionWithoutMail();
    const html = await twoFactorPageAs(user.id);
    expect(html).toContain("logs you out everywhere else.");
    expect(html).not.toContain("mail you a notice");
  });
});
