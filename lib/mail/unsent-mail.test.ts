import { afterEach, describe, expect, it, vi } from "vitest";
import { changeEmail, resendVerification } from "@/lib/email-addresses/actions";
import { requestPasswordReset } from "@/lib/password-reset/actions";
import { RESET_REQUESTED } from "@/lib/password-reset/schema";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { stubProductionWithSmtp, stubProductionWithoutMail } from "@/test/mail/mail-settings";
import { request } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { MAIL_NOT_SENT } from "./mailbox";

afterEach(() => vi.unstubAllEnvs());

describe("a production server without SMTP", () => {
  it("promises no reset link, whether or not the address has an account", async () => {
    const user = await createUser();
    stubProductionWithoutMail();
    request.setClientIp("198.51.100.61");
    expect(await requestPasswordReset(null, form({ email: user.email }))).toEqual({ ok: true, message: MAIL_NOT_SENT });
    request.setClientIp("198.51.100.62");
    expect(await requestPasswordReset(null, form({ email: "nobody-here@example.test" }))).toEqual({ ok: true, message: MAIL_NOT_SENT });
  });

  it("promises no verification link, for the account's address or a new one", async () => {
    const user = await createUser({ unverified: true });
    stubProductionWithoutMail();
    await signInAs(user.id);
    expect(await resendVerification(null, form({}))).toEqual({ ok: true, message: MAIL_NOT_SENT });
    expect(await changeEmail(null, form({ email: "elsewhere@example.test", password: TEST_PASSWORD }))).toEqual({
      ok: true,
      message: `${MAIL_NOT_SENT} Your address stays ${user.email}.`,
    });
  });
});

describe("a server with SMTP", () => {
  it("says the link was sent, as before", async () => {
    const user = await createUser({ unverified: true });
    stubProductionWithSmtp();
    await signInAs(user.id);
    expect(await resendVerification(null, form({}))).toEqual({ ok: true, message: `We sent a new link to ${user.email}.` });
    expect(await requestPasswordReset(null, form({ email: user.email }))).toEqual({ ok: true, message: RESET_REQUESTED });
  });
});
