import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashToken } from "@/lib/account-tokens/token";
import { db } from "@/lib/db";
import { smtpTransport } from "@/lib/mail/transport";
import { drainOutbox } from "@/lib/mail/worker";
import { createUser } from "@/test/factories";
import { RESET_REQUESTED_HREF } from "@/lib/routes";
import { linkIn, startSmtpCatcher, tokenOf } from "@/test/mail/smtp-catcher";
import { RedirectError, request } from "@/test/next/runtime";
import { browserSignedInAs, form } from "@/test/next/session";
import { requestPasswordReset, resetPassword } from "./actions";
import { RESET_REQUESTED } from "./schema";

const NEW_PASSWORD = "a brand new passphrase";
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let transport: Awaited<ReturnType<typeof smtpTransport>>;
let peer = 0;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  transport = await smtpTransport(smtp.url, "no-reply@commons.test");
});
afterAll(() => smtp.close());

/** Each request from an address of its own, unless a test is about one address. */
function fromNewPeer() {
  request.setClientIp(`198.51.100.${++peer}`);
}

async function ask(email: string) {
  return requestPasswordReset(null, form({ email }));
}

/** Sends what is queued through the real SMTP server and answers the reset link mailed to `to`. */
async function mailedResetLink(to: string): Promise<string> {
  await drainOutbox(transport);
  const mail = smtp.caught.findLast((message) => message.to.includes(to) && message.subject === "Choose a new Commons password");
  if (!mail) throw new Error(`No reset mail to ${to}`);
  return tokenOf(linkIn(mail.text, "/reset-password"));
}

describe("forgot password", () => {
  it("mails a single-use link to a known address, and stores only the token's SHA-256", async () => {
    fromNewPeer();
    const user = await createUser();
    expect(await ask(` ${user.email.toUpperCase()} `)).toEqual({ ok: true, message: RESET_REQUESTED });
    const token = await mailedResetLink(user.email);
    const [row] = await db.accountToken.findMany({ where: { userId: user.id, purpose: "PASSWORD_RESET" } });
    expect(row?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(60 * 60_000);
  });

  it("answers an unknown address exactly as a known one, and mails no one", async () => {
    fromNewPeer();
    const mailsBefore = await db.emailOutbox.count();
    expect(await ask("nobody-here@example.test")).toEqual({ ok: true, message: RESET_REQUESTED });
    expect(await db.emailOutbox.count()).toBe(mailsBefore);
  });

  it("sent without JavaScript, leads to the page that says it, the same for a known address and an unknown one", async () => {
    const known = await createUser();
    const mailsBefore = await db.emailOutbox.count();
    // A form the browser posts itself: multipart, without the Next-Action header of a script's call.
    request.setHeader("content-type", "multipart/form-data; boundary=x");
    for (const email of [known.email, "nobody-without-script@example.test"]) {
      fromNewPeer();
      await expect(ask(email)).rejects.toEqual(new RedirectError(RESET_REQUESTED_HREF));
    }
    expect(await db.emailOutbox.count()).toBe(mailsBefore + 1);
    expect(await db.accountToken.count({ where: { userId: known.id, purpose: "PASSWORD_RESET" } })).toBe(1);
  });

  it("limits requests per address, known or not, with the same answer", async () => {
    const known = await createUser();
    for (const email of [known.email, "unknown-limited@example.test"]) {
      const answers = [];
      for (let index = 0; index < 4; index++) {
        fromNewPeer();
        answers.push(await ask(email));
      }
      expect(answers.slice(0, 3)).toEqual(Array(3).fill({ ok: true, message: RESET_REQUESTED }));
      expect(answers[3]).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many attempts\. Try again in \d+ minutes?\.$/) });
    }
    expect(await db.accountToken.count({ where: { userId: known.id } })).toBe(3);
  });

  it("limits requests per IP address, whatever the addresses asked for", async () => {
    request.setClientIp("192.0.2.77");
    const answers = [];
    for (let index = 0; index < 11; index++) answers.push((await ask(`someone${index}@example.test`)).ok);
    expect(answers).toEqual([...Array(10).fill(true), false]);
  });

  it("refuses a bad address with a field message and writes nothing", async () => {
    fromNewPeer();
    expect(await ask("not an address")).toMatchObject({ ok: false, fieldErrors: { email: ["Enter a valid email address."] } });
  });
});

describe("reset password", () => {
  it("sets the new password, ends every session, uses the link up and mails 'your password was changed'", async () => {
    fromNewPeer();
    const user = await createUser({ unverified: true });
    // Signed in on two browsers.
    await Promise.all([browserSignedInAs(user.id), browserSignedInAs(user.id)]);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
    await ask(user.email);
    const token = await mailedResetLink(user.email);

    await expect(resetPassword(null, form({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).rejects.toEqual(
      new RedirectError("/login?reset=done"),
    );

    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await authenticate(user.username, NEW_PASSWORD, "192.0.2.1")).toMatchObject({ ok: true });
    // The link reached the address: it counts as verified.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    await drainOutbox(transport);
    const notice = smtp.caught.findLast((message) => message.to.includes(user.email));
    expect(notice?.subject).toBe("Your Commons password was changed");
    expect(notice?.text).toContain("/forgot-password");

    // Single use: the same link again changes nothing.
    const again = await resetPassword(null, form({ token, newPassword: "yet another passphrase", confirmPassword: "yet another passphrase" }));
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("not valid") });
    expect(await authenticate(user.username, NEW_PASSWORD, "192.0.2.1")).toMatchObject({ ok: true });
  });

  it("refuses a link older than an hour", async () => {
    fromNewPeer();
    const user = await createUser();
    await ask(user.email);
    const token = await mailedResetLink(user.email);
    await db.accountToken.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 62 * 60_000), expiresAt: new Date(Date.now() - 60_000) } });
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })).passwordHash;
    expect(await resetPassword(null, form({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })).passwordHash).toBe(hashBefore);
  });

  it("lets only one of two simultaneous uses of a link through", async () => {
    fromNewPeer();
    const user = await createUser();
    await ask(user.email);
    const token = await mailedResetLink(user.email);
    const outcomes = await Promise.all(
      ["first passphrase here", "second passphrase here"].map((password) =>
        resetPassword(null, form({ token, newPassword: password, confirmPassword: password })).catch((error: unknown) => error),
      ),
    );
    expect(outcomes.filter((outcome) => outcome instanceof RedirectError)).toHaveLength(1);
    expect(await db.emailOutbox.count({ where: { recipient: user.email, kind: "password-changed" } })).toBe(1);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { recipient: user.email, kind: "password-changed" } });
    expect(mail.body).toContain("every device was logged out");
  });

  it("keeps the form's rules: matching, long enough, not common", async () => {
    fromNewPeer();
    const user = await createUser();
    await ask(user.email);
    const token = await mailedResetLink(user.email);
    expect(await resetPassword(null, form({ token, newPassword: NEW_PASSWORD, confirmPassword: "different" }))).toMatchObject({
      fieldErrors: { confirmPassword: ["The passwords do not match."] },
    });
    expect(await resetPassword(null, form({ token, newPassword: "password", confirmPassword: "password" }))).toMatchObject({ ok: false });
    expect(await db.accountToken.count({ where: { userId: user.id, usedAt: null } })).toBe(1);
  });
});
