import { z } from "zod";
import { recordId } from "@/lib/validation/ids";

export const SESSION_GONE = "That session has already ended.";

/** "Log out" on one of the sessions page's rows: the session it names. */
export const endSessionSchema = z.object({ sessionId: recordId(SESSION_GONE) });
export type EndSessionInput = z.infer<typeof endSessionSchema>;

/** "Log out all other sessions" names nothing: which sessions are yours is the server's to know. */
export const endOtherSessionsSchema = z.object({});

/** The sessions page's `?ended=` (how many were just logged out); anything else says nothing. */
export function endedCount(value: unknown): number | null {
  // Digits only: a number's other spellings ("1e3", " 7", "0x10") are not what the redirect writes.
  const parsed = z.string().regex(/^\d{1,5}$/).transform(Number).pipe(z.number().max(10_000)).safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What the sessions page says after logging `ended` devices out. */
export function endedMessage(ended: number): string {
  if (ended === 0) return "No other device was logged in.";
  return `Logged out ${ended} ${ended === 1 ? "device" : "devices"}. ${ended === 1 ? "It has" : "They have"} to log in again.`;
}
