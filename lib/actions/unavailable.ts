import { forgettingKeptSession } from "@/lib/auth/current-user";
import { noteDatabaseUnavailable } from "@/lib/db-circuit";
import { noteWrite } from "@/lib/db-routing";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { requestLogger } from "@/lib/logging/request-logger";
import { noteActionEntered } from "@/lib/server/action-entry";
import { type ActionFailure, type EchoLimits, echoedText, failure } from "./result";

export const UNAVAILABLE_MESSAGE = "The service is temporarily unavailable. Please try again in a moment.";
export const UNREADABLE_FORM_MESSAGE = "This form could not be read. Reload the page and try again.";

type FormAction<Previous, Result> = (previous: Previous, formData: FormData) => Promise<Result>;

/**
 * Wraps a form action so that an unreachable database (stopped, restarting,
 * out of connections) answers the form with a sentence and keeps what was
 * typed in the `echoed` fields (cut to their limits), instead of failing the whole request. Every other
 * error, including Next's redirects, passes through unchanged. Every form
 * action may write, so each marks its browser to read the primary for a
 * moment (read-your-writes with a replica, lib/db-routing.ts), and its
 * reader's session is read afresh on their next page (lib/auth/kept-sessions.ts).
 */
export function unlessDatabaseUnavailable<Previous, Result>(
  action: FormAction<Previous, Result>,
  echoed: EchoLimits = {},
): FormAction<Previous, Result | ActionFailure> {
  return async (previous, formData) => {
    noteActionEntered();
    if (!(formData instanceof FormData)) return failure(UNREADABLE_FORM_MESSAGE);
    await noteWrite();
    try {
      return await forgettingKeptSession(() => action(previous, formData));
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      noteDatabaseUnavailable();
      const reason = error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error);
      (await requestLogger()).error({ event: "form-refused", reason }, "A form was refused because the database is unreachable");
      return failure(UNAVAILABLE_MESSAGE, echoedText(formData, echoed));
    }
  };
}
