import { startSession } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";

/** Signs `userId` in on the current test browser (see next-runtime.ts), as a successful login would. */
export async function signInAs(userId: string): Promise<void> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  await startSession({ id: userId, sessionVersion });
}

export function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
