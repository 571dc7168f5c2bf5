import type { z } from "zod";
import { type CurrentUser, getCurrentUser } from "@/lib/auth";
import { type ActionFailure, type ActionResult, failure, formText, validationFailure } from "./result";
import { unlessDatabaseUnavailable } from "./unavailable";

export const SIGNED_OUT_MESSAGE = "Your session has ended. Log in again to continue.";

/**
 * Builds a form action that first checks the session on the server, then
 * validates the form's `fields` with `schema`, and only then runs `handler`.
 * No handler can forget either step. Secret fields are never echoed back.
 * An unreachable database answers with a message rather than an error page.
 */
export function authedAction<Schema extends z.ZodType, Result extends ActionResult = ActionResult>(
  options: { fields: readonly string[]; schema: Schema; secretFields?: readonly string[] },
  handler: (user: CurrentUser, input: z.output<Schema>, formData: FormData) => Promise<Result>,
) {
  const echoedFields = options.fields.filter((field) => !options.secretFields?.includes(field));
  return unlessDatabaseUnavailable(async (_previous: Result | ActionFailure | null, formData: FormData): Promise<Result | ActionFailure> => {
    const user = await getCurrentUser();
    if (!user) return failure(SIGNED_OUT_MESSAGE);
    const values = formText(formData, options.fields);
    const parsed = options.schema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, formText(formData, echoedFields));
    return handler(user, parsed.data, formData);
  }, echoedFields);
}
