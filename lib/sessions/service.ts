import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { type EndSessionInput, SESSION_GONE } from "./schema";

// Ending sessions from the sessions page. A session is its row (lib/auth/sessions.ts):
// deleting it ends it at once, wherever its cookie is. Each statement names the
// acting user, so no id typed into a form reaches another person's sessions.

export const THIS_SESSION = "This is the session you are using: log out to end it.";

/** Ends one of `user`'s other sessions; another person's, this one, or one already gone changes nothing. */
export async function endSession(user: CurrentUser, currentSessionId: string, input: EndSessionInput): Promise<{ ok: true } | Refusal> {
  if (input.sessionId === currentSessionId) return refusal(THIS_SESSION);
  const { count } = await db.session.deleteMany({ where: { id: input.sessionId, userId: user.id } });
  return count === 1 ? { ok: true } : refusal(SESSION_GONE);
}

/** Ends every session of `user` but the one in use; answers how many ended. */
export async function endOtherSessions(user: CurrentUser, currentSessionId: string): Promise<{ ok: true; ended: number }> {
  const { count } = await db.session.deleteMany({ where: { userId: user.id, id: { not: currentSessionId } } });
  return { ok: true, ended: count };
}
