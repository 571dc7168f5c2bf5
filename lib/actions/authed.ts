import { redirect } from "next/navigation";
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

/**
 * The same action for a plain `<form action>`, which React calls with the
 * form alone and whose answer only a re-rendered page can show. Forms that
 * repeat on every card use it instead of `useActionState`, whose no-JS
 * fallback costs each form four hidden inputs (issue 11's page bytes); with
 * JavaScript they call the action itself and show its answer. A reader
 * whose session ended is sent to log in; any other refusal shows as the
 * page, re-rendered, does (a post that is gone is no longer on it).
 */
export function plainFormAction(action: (previous: null, formData: FormData) => Promise<ActionResult>) {
  return async (formData: FormData): Promise<void> => {
    const result = await action(null, formData);
    if (!result.ok && result.message === SIGNED_OUT_MESSAGE) redirect("/login");
  };
}
