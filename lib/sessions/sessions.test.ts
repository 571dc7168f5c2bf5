import { beforeEach, describe, expect, it } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { SESSION_SEEN_EVERY_MINUTES, getCurrentUser } from "@/lib/auth/current-user";
import { readSession } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { SESSIONS_PATH, sessionsEndedHref } from "@/lib/routes";
import { createUser } from "@/test/factories";
import { RedirectError, request, revalidatedPaths } from "@/test/next/runtime";
import { browserSignedInAs, form, signInAs } from "@/test/next/session";
import { endOtherSessions, endSession } from "./actions";
import { listSessions } from "./queries";
import { SESSION_GONE, endedCount, endedMessage } from "./schema";
import { THIS_SESSION } from "./service";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

/** The id of the session this test's browser is signed in with. */
async function currentSessionId(): Promise<string> {
  const session = await readSession();
  if (!session) throw new Error("Not signed in");
  return session.sessionId;
}

let user: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  user = await createUser();
});

describe("the sessions page's list", () => {
  it("shows each signed-in device by its browser, address and times, this one first", async () => {
    request.setHeader("user-agent", PHONE);
    request.setClientIp("198.51.100.7");
    const phone = await browserSignedInAs(user.id);
    request.setHeader("user-agent", FIREFOX);
    request.setClientIp("203.0.113.10");
    await signInAs(user.id);

    const sessions = await listSessions(user.id, await currentSessionId());
    expect(sessions.map(({ device, ip, current }) => ({ device, ip, current }))).toEqual([
      { device: "Firefox on Linux", ip: "203.0.113.10", current: true },
      { device: "Safari on iOS", ip: "198.51.100.7", current: false },
    ]);
    expect(await phone(() => getCurrentUser())).toMatchObject({ id: user.id });
  });

  it("shows an IPv6 address whole, not the /64 that throttling keys on", async () => {
    request.setClientIp("2001:db8:85a3::8a2e:370:7334");
    await signInAs(user.id);

    expect((await listSessions(user.id, await currentSessionId()))[0]?.ip).toBe("2001:db8:85a3::8a2e:370:7334");
  });

  it("leaves out expired sessions and other people's", async () => {
    await signInAs(user.id);
    const other = await createUser();
    await browserSignedInAs(other.id);
    await browserSignedInAs(user.id);
    await db.session.updateMany({ where: { userId: user.id, id: { not: await currentSessionId() } }, data: { createdAt: new Date(Date.now() - 60_000), expiresAt: new Date(Date.now() - 1_000) } });

    expect((await listSessions(user.id, await currentSessionId())).map((row) => row.current)).toEqual([true]);
  });

  it("numbers every session of a device once two of them would read alike, in the order they logged in, and only that device's", async () => {
    request.setHeader("user-agent", PHONE);
    request.setClientIp("198.51.100.7");
    for (let phone = 0; phone < 3; phone++) await browserSignedInAs(user.id);
    request.setHeader("user-agent", FIREFOX);
    await signInAs(user.id);
    const phones = await db.session.findMany({ where: { userId: user.id, userAgent: PHONE }, orderBy: { id: "asc" }, select: { id: true } });
    const [first, second, elsewhere] = phones.map((phone) => phone.id);
    // The first two logged in within one minute, at 10:00:05 and 10:00:55; the third as well, but from another address.
    await db.session.update({ where: { id: second }, data: { createdAt: new Date("2026-03-04T10:00:05Z") } });
    await db.session.update({ where: { id: first }, data: { createdAt: new Date("2026-03-04T10:00:55Z") } });
    await db.session.update({ where: { id: elsewhere }, data: { createdAt: new Date("2026-03-04T10:00:30Z"), ip: "203.0.113.10" } });

    const sessions = await listSessions(user.id, await currentSessionId());
    const nameOf = (id: string | undefined) => sessions.find((row) => row.id === id)?.name;
    expect([nameOf(second), nameOf(elsewhere), nameOf(first), nameOf(await currentSessionId())]).toEqual([
      "Safari on iOS, 1 of 3",
      "Safari on iOS, 2 of 3",
      "Safari on iOS, 3 of 3",
      "Firefox on Linux",
    ]);
  });

  it("gives two pairs of alike sessions of one device four names, not two", async () => {
    request.setHeader("user-agent", PHONE);
    request.setClientIp("198.51.100.7");
    for (let phone = 0; phone < 4; phone++) await browserSignedInAs(user.id);
    const phones = await db.session.findMany({ where: { userId: user.id }, orderBy: { id: "asc" }, select: { id: true } });
    // Two logged in at 10:00, two at 10:01: each pair reads alike (same device, minute and address).
    const minutes = ["2026-03-04T10:00:05Z", "2026-03-04T10:00:40Z", "2026-03-04T10:01:05Z", "2026-03-04T10:01:40Z"];
    for (const [index, phone] of phones.entries()) await db.session.update({ where: { id: phone.id }, data: { createdAt: new Date(minutes[index]!) } });

    const names = (await listSessions(user.id, null)).map((row) => row.name).toSorted();
    expect(names).toEqual(["Safari on iOS, 1 of 4", "Safari on iOS, 2 of 4", "Safari on iOS, 3 of 4", "Safari on iOS, 4 of 4"]);
  });
});

describe("getCurrentUser notes when a session was last used", () => {
  it("moves the time and address once it is older than the interval, and leaves a fresh one alone", async () => {
    await signInAs(user.id);
    const id = await currentSessionId();
    const stale = new Date(Date.now() - (SESSION_SEEN_EVERY_MINUTES + 1) * 60_000);
    await db.session.update({ where: { id }, data: { lastSeenAt: stale, ip: "192.0.2.1" } });
    request.setClientIp("198.51.100.99");

    await getCurrentUser();
    const touched = await db.session.findUniqueOrThrow({ where: { id } });
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(stale.getTime());
    expect(touched.ip).toBe("198.51.100.99");

    request.setClientIp("198.51.100.100");
    await getCurrentUser();
    expect(await db.session.findUniqueOrThrow({ where: { id } })).toEqual(touched);
  });

  it("does not touch an expired session, and answers signed out", async () => {
    await signInAs(user.id);
    const id = await currentSessionId();
    const expired = { createdAt: new Date(Date.now() - 7_200_000), lastSeenAt: new Date(Date.now() - 3_600_000), expiresAt: new Date(Date.now() - 1_000) };
    await db.session.update({ where: { id }, data: expired });

    expect(await getCurrentUser()).toBeNull();
    expect(await db.session.findUniqueOrThrow({ where: { id }, select: { createdAt: true, lastSeenAt: true, expiresAt: true } })).toEqual(expired);
  });
});

describe("endSession", () => {
  it("signs the other device out at once, and goes back to the list, which says so", async () => {
    const phone = await browserSignedInAs(user.id);
    const phoneSession = await phone(currentSessionId);
    await signInAs(user.id);

    await expect(endSession(null, form({ sessionId: phoneSession }))).rejects.toEqual(new RedirectError(sessionsEndedHref(1)));
    expect(await db.session.count({ where: { id: phoneSession } })).toBe(0);
    expect(await phone(() => getCurrentUser())).toBeNull();
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    expect(revalidatedPaths).toContain(SESSIONS_PATH);
  });

  it("refuses to end the session in use (that is what Log out is for)", async () => {
    await signInAs(user.id);
    const id = await currentSessionId();

    expect(await endSession(null, form({ sessionId: id }))).toEqual({ ok: false, message: THIS_SESSION, values: undefined });
    expect(await db.session.count({ where: { id } })).toBe(1);
  });

  it("gives another person's session and a made-up id the same answer, and ends neither", async () => {
    const other = await createUser();
    const otherBrowser = await browserSignedInAs(other.id);
    const othersSession = await otherBrowser(currentSessionId);
    await signInAs(user.id);

    for (const sessionId of [othersSession, "cnosuchsession000000000000"]) {
      expect(await endSession(null, form({ sessionId }))).toMatchObject({ ok: false, message: SESSION_GONE });
    }
    expect(await otherBrowser(() => getCurrentUser())).toMatchObject({ id: other.id });
  });

  it("refuses a signed-out visitor", async () => {
    expect(await endSession(null, form({ sessionId: "cwhatever" }))).toMatchObject({ ok: false, message: SIGNED_OUT_MESSAGE });
  });
});

describe("endOtherSessions", () => {
  it("ends every session but this one, and no one else's", async () => {
    const phone = await browserSignedInAs(user.id);
    const tablet = await browserSignedInAs(user.id);
    const other = await createUser();
    const otherBrowser = await browserSignedInAs(other.id);
    await signInAs(user.id);

    await expect(endOtherSessions(null, form({}))).rejects.toEqual(new RedirectError(sessionsEndedHref(2)));
    expect(await phone(() => getCurrentUser())).toBeNull();
    expect(await tablet(() => getCurrentUser())).toBeNull();
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    expect(await otherBrowser(() => getCurrentUser())).toMatchObject({ id: other.id });
    await expect(endOtherSessions(null, form({}))).rejects.toEqual(new RedirectError(sessionsEndedHref(0)));
  });
});

describe("what the page says after logging out", () => {
  it("reads only a whole number from ?ended=", () => {
    expect(["2", "0", "10000", "x", "-1", "1.5", "1e9", "1e3", " 7", "0x10", "10001", ""].map(endedCount)).toEqual([
      2, 0, 10_000, null, null, null, null, null, null, null, null, null,
    ]);
    expect([undefined, ["1", "2"]].map(endedCount)).toEqual([null, null]);
    expect([0, 1, 3].map(endedMessage)).toEqual([
      "No other device was logged in.",
      "Logged out 1 device. It has to log in again.",
      "Logged out 3 devices. They have to log in again.",
    ]);
  });
});
