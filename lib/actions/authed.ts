import type { z } from "zod";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/current-user";
import { type ActionFailure, type ActionResult, type EchoLimits, echoedText, failure, formText, validationFailure } from "./result";
import { unlessDatabaseUnavailable } from "./unavailable";

export const SIGNED_OUT_MESSAGE = "Your session has ended. Log in again to continue.";

/**
 * Builds a form action that first checks the session on the server, then
 * validates the form's `fields` (and whatever `read` takes from it: files,
 * repeated fields) with `schema`, and only then runs `handler`, which never
 * sees the form. No handler can forget either step. Only the fields in `echo`
 * are sent back to a refused form, each cut to its limit: secrets and ids
 * never are. An unreachable database answers with a message rather than an error page.
 */
export function authedAction<Schema extends z.ZodType, Result extends ActionResult = ActionResult>(
  options: { fields: readonly string[]; read?: (formData: FormData) => Record<string, unknown>; schema: Schema; echo?: EchoLimits },
  handler: (user: CurrentUser, input: z.output<Schema>) => Promise<Result>,
) {
  const echo = options.echo ?? {};
  return unlessDatabaseUnavailable(async (_previous: Result | ActionFailure | null, formData: FormData): Promise<Result | ActionFailure> => {
    const user = await getCurrentUser();
    if (!user) return failure(SIGNED_OUT_MESSAGE);
    const parsed = options.schema.safeParse({ ...formText(formData, options.fields), ...options.read?.(formData) });
    if (!parsed.success) return validationFailure(parsed.error, echoedText(formData, echo));
    return handler(user, parsed.data);
  }, echo);
}
