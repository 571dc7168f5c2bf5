import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startSmtpCatcher } from "@/test/mail/smtp-catcher";
import { queueMail, wakeMailWorker } from "./outbox";
import { type MailTransport, smtpTransport } from "./transport";
import { MAX_ATTEMPTS, backoffMs, drainOutbox, startMailWorker } from "./worker";

const FROM = "Commons <no-reply@commons.test>";
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (closers.length) await closers.pop()?.();
  await db.emailOutbox.deleteMany();
});

async function catcher(options: { refuseFirst?: number } = {}) {
  const smtp = await startSmtpCatcher(options);
  closers.push(smtp.close);
  return { smtp, transport: await smtpTransport(smtp.url, FROM) };
}

async function queue(count: number, to = "ada@example.test") {
  for (let index = 0; index < count; index++) {
    await db.$transaction((tx) => queueMail(tx, { kind: "test", to, subject: `Message ${index}`, text: `Hello number ${index}\nhttp://localhost/x?token=abc` }));
  }
}

const outbox = () => db.emailOutbox.findMany({ orderBy: { id: "asc" } });

/** Polls `condition` every 50 ms for at most `ms`: the wait is bounded, the test never sleeps blindly. */
async function waitFor(condition: () => Promise<boolean> | boolean, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the mail outbox", () => {
  it("sends queued mail through a real SMTP server, once, and keeps no body after sending", async () => {
    const { smtp, transport } = await catcher();
    await queue(3);
    expect(await drainOutbox(transport)).toEqual({ claimed: 3, sent: 3, failed: 0 });
    expect(smtp.caught.map((mail) => [mail.to, mail.subject])).toEqual([0, 1, 2].map((index) => [["ada@example.test"], `Message ${index}`]));
    expect(smtp.caught[0]?.text).toContain("Hello number 0");
    expect(smtp.caught[0]?.from).toBe("no-reply@commons.test");
    const rows = await outbox();
    expect(rows.every((row) => row.sentAt !== null && row.attempts === 1 && row.body === "" && row.lastError === null)).toBe(true);
    // Nothing is due any more: a second round sends nothing again.
    expect(await drainOutbox(transport)).toEqual({ claimed: 0, sent: 0, failed: 0 });
    expect(smtp.caught).toHaveLength(3);
  });

  it("keeps mail a refusing SMTP server did not take, records each attempt, and delivers it once the server accepts", async () => {
    const { smtp, transport } = await catcher({ refuseFirst: 2 });
    await queue(1);

    expect(await drainOutbox(transport)).toEqual({ claimed: 1, sent: 0, failed: 1 });
    let [row] = await outbox();
    expect(row).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(row?.lastError).toMatch(/451/);
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + backoffMs(1) - 5_000);
    // Backing off: not due again yet.
    expect(await drainOutbox(transport)).toEqual({ claimed: 0, sent: 0, failed: 0 });

    // The backoff passes (twice): the second attempt is refused too, the third goes through.
    for (const expected of [{ sent: 0, failed: 1 }, { sent: 1, failed: 0 }]) {
      await db.emailOutbox.updateMany({ data: { nextAttemptAt: new Date() } });
      expect(await drainOutbox(transport)).toEqual({ claimed: 1, ...expected });
    }
    [row] = await outbox();
    expect(row).toMatchObject({ attempts: 3, lastError: null });
    expect(row?.sentAt).not.toBeNull();
    expect(smtp.refused()).toBe(2);
    expect(smtp.caught.map((mail) => mail.subject)).toEqual(["Message 0"]);
  });

  it("waits longer after each failure, up to an hour, and gives up after MAX_ATTEMPTS", async () => {
    expect([1, 2, 3, 4].map((attempts) => backoffMs(attempts, 1_000))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffMs(30)).toBe(60 * 60_000);
    const failing: MailTransport = { name: "failing", keepsBody: false, send: () => Promise.reject(new Error("550 no such mailbox")) };
    await queue(1);
    await db.emailOutbox.updateMany({ data: { attempts: MAX_ATTEMPTS - 1 } });
    await drainOutbox(failing);
    const [row] = await outbox();
    expect(row).toMatchObject({ attempts: MAX_ATTEMPTS, sentAt: null, lastError: "550 no such mailbox" });
    expect(row?.failedAt).not.toBeNull();
    // The row stays for an operator, with its text.
    expect(row?.body).toContain("Hello number 0");
  });

  it("gives each message to one of several workers draining at once (FOR UPDATE SKIP LOCKED)", async () => {
    const sentIds: bigint[] = [];
    const slow: MailTransport = {
      name: "slow",
      keepsBody: true,
      send: async (mail) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        sentIds.push(mail.id);
      },
    };
    await queue(12);
    const rounds = await Promise.all([0, 1, 2].map(() => drainOutbox(slow, { batch: 4 })));
    expect(rounds.reduce((total, round) => total + round.sent, 0)).toBe(12);
    expect(new Set(sentIds).size).toBe(12);
    expect((await outbox()).every((row) => row.attempts === 1)).toBe(true);
  });

  it("drill: the worker in the server process delivers every message while the SMTP server refuses, then accepts", async () => {
    const { smtp, transport } = await catcher({ refuseFirst: 4 });
    const worker = startMailWorker(transport, { pollMs: 50, backoffBaseMs: 50 });
    closers.push(worker.stop);
    await queue(5);
    wakeMailWorker();
    // Accepted by the server, then recorded on the row.
    await waitFor(async () => smtp.caught.length === 5 && (await outbox()).every((row) => row.sentAt !== null));
    expect(smtp.refused()).toBe(4);
    expect(smtp.caught.map((mail) => mail.subject).sort()).toEqual([0, 1, 2, 3, 4].map((index) => `Message ${index}`));
    const rows = await outbox();
    expect(rows.reduce((total, row) => total + row.attempts, 0)).toBe(5 + 4);
  });

  it("keeps retrying, with the reason recorded, while the SMTP server cannot be reached", async () => {
    const { smtp, transport } = await catcher();
    await smtp.close();
    closers.pop();
    const worker = startMailWorker(transport, { pollMs: 50, backoffBaseMs: 50 });
    closers.push(worker.stop);
    await queue(1);
    wakeMailWorker();
    await waitFor(async () => ((await outbox())[0]?.attempts ?? 0) >= 2);
    expect((await outbox())[0]).toMatchObject({ sentAt: null });
    expect((await outbox())[0]?.lastError).toMatch(/ECONNREFUSED/);
  });
});
