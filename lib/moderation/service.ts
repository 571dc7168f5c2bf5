import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { queueMail, wakeMailWorker } from "@/lib/mail/outbox";
import { afterWrite } from "@/lib/services/after-write";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { resolveOpenReports } from "@/lib/reports/store";
import { reasonsGiven, recordModeration } from "./log";
import { accountSuspendedMail, suspensionLiftedMail } from "./mail";
import { isAdmin } from "./permissions";
import { ADMINS_ONLY, CANNOT_SUSPEND_ADMIN, CANNOT_SUSPEND_YOURSELF, NO_SUCH_ACCOUNT } from "./schema";

/**
 * Suspends a regular account as the admin `user`: it can no longer log in, its
 * open sessions end (their rows go, so lifting the suspension does not revive
 * them) and its profile, posts and comments disappear. The open reports about
 * it and its content are resolved, the moderation log records it, and the member
 * is mailed why and how to appeal, in the same transaction. Suspending twice leaves it suspended (and logs it once). Admins cannot be suspended, here or otherwise (a CHECK
 * constraint on users).
 */
export async function suspendUser(user: CurrentUser, input: { userId: string }): Promise<{ ok: true } | Refusal> {
  if (!isAdmin(user)) return refusal(ADMINS_ONLY);
  if (input.userId === user.id) return refusal(CANNOT_SUSPEND_YOURSELF);

  const count = await db.$transaction(async (tx) => {
    const suspended = await tx.user.updateMany({
      where: { id: input.userId, role: "USER", suspendedAt: null },
      data: { suspendedAt: new Date() },
    });
    if (suspended.count === 0) return 0;
    await tx.session.deleteMany({ where: { userId: input.userId } });
    await afterWrite(tx, { type: "account-suspended", userId: input.userId, byUserId: user.id });
    const resolved = await resolveOpenReports(tx, { accountId: input.userId }, "SUSPENDED", user.id);
    const account = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { id: true, username: true, email: true } });
    await recordModeration(tx, { action: "ACCOUNT_SUSPENDED", actorId: user.id, targetId: account.id, account, resolved });
    await queueMail(tx, accountSuspendedMail(account.email, account.username, reasonsGiven(resolved)));
    return suspended.count;
  });
  if (count > 0) wakeMailWorker();
  if (count === 0) {
    const target = await db.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!target) return refusal(NO_SUCH_ACCOUNT);
    if (target.role === "ADMIN") return refusal(CANNOT_SUSPEND_ADMIN);
  }
  return { ok: true };
}

/**
 * Lifts a suspension as the admin `user`: the account can log in again and its
 * content reappears. The log records it and the member is mailed, in the same
 * transaction (once: lifting a lifted suspension changes nothing).
 */
export async function unsuspendUser(user: CurrentUser, input: { userId: string }): Promise<{ ok: true } | Refusal> {
  if (!isAdmin(user)) return refusal(ADMINS_ONLY);
  const count = await db.$transaction(async (tx) => {
    const lifted = await tx.user.updateManyAndReturn({
      where: { id: input.userId, suspendedAt: { not: null } },
      data: { suspendedAt: null },
      select: { id: true, username: true, email: true },
    });
    for (const account of lifted) {
      await recordModeration(tx, { action: "ACCOUNT_UNSUSPENDED", actorId: user.id, targetId: account.id, account });
      await queueMail(tx, suspensionLiftedMail(account.email, account.username));
    }
    return lifted.length;
  });
  if (count > 0) wakeMailWorker();
  if (count === 0 && (await db.user.count({ where: { id: input.userId } })) === 0) return refusal(NO_SUCH_ACCOUNT);
  return { ok: true };
}
