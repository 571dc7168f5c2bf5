"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed";
import { failure } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { isAdmin } from "./permissions";
import { ADMINS_ONLY, CANNOT_SUSPEND_ADMIN, CANNOT_SUSPEND_YOURSELF, NO_SUCH_ACCOUNT, suspensionSchema } from "./schema";

async function accountExists(userId: string): Promise<boolean> {
  return (await db.user.count({ where: { id: userId } })) > 0;
}

/**
 * Suspends a regular account: it can no longer log in, its open sessions end
 * (their rows go, so lifting the suspension does not revive them) and its profile, posts and comments disappear.
 * Suspending twice leaves it suspended. Admins cannot be suspended, by this
 * action or otherwise (a CHECK constraint on users).
 */
export const suspendUser = authedAction({ fields: ["userId"], schema: suspensionSchema }, async (user, input) => {
  if (!isAdmin(user)) return failure(ADMINS_ONLY);
  if (input.userId === user.id) return failure(CANNOT_SUSPEND_YOURSELF);

  const count = await db.$transaction(async (tx) => {
    const suspended = await tx.user.updateMany({
      where: { id: input.userId, role: "USER", suspendedAt: null },
      data: { suspendedAt: new Date() },
    });
    if (suspended.count > 0) await tx.session.deleteMany({ where: { userId: input.userId } });
    return suspended.count;
  });
  if (count === 0) {
    const target = await db.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!target) return failure(NO_SUCH_ACCOUNT);
    if (target.role === "ADMIN") return failure(CANNOT_SUSPEND_ADMIN);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Account suspended." };
});

/** Lifts a suspension: the account can log in again and its content reappears. */
export const unsuspendUser = authedAction({ fields: ["userId"], schema: suspensionSchema }, async (user, input) => {
  if (!isAdmin(user)) return failure(ADMINS_ONLY);

  const { count } = await db.user.updateMany({
    where: { id: input.userId, suspendedAt: { not: null } },
    data: { suspendedAt: null },
  });
  if (count === 0 && !(await accountExists(input.userId))) return failure(NO_SUCH_ACCOUNT);
  revalidatePath("/", "layout");
  return { ok: true, message: "Suspension lifted." };
});
