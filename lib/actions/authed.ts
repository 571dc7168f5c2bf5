import type { z } from "zod";
import { type CurrentUser, getCurrentUser } from "@/lib/auth";
import { type ActionFailure, type ActionResult, failure, formText, validationFailure } from "./result";

export const SIGNED_OUT_MESSAGE = "Your session has ended. Log in again to continue.";

/**
 * Builds a form action that first checks the session on the server, then
 * validates the form's `fields` with `schema`, and only then runs `handler`.
 * No handler can forget either step. Secret fields are never echoed back.
 */
export function authedAction<Schema extends z.ZodType, Result extends ActionResult = ActionResult>(
  options: { fields: readonly string[]; schema: Schema; secretFields?: readonly string[] },
  handler: (user: CurrentUser, input: z.output<Schema>, formData: FormData) => Promise<Result>,
) {
  return async (_previous: Result | ActionFailure | null, formData: FormData): Promise<Result | ActionFailure> => {
    const user = await getCurrentUser();
    if (!user) return failure(SIGNED_OUT_MESSAGE);
    const values = formText(formData, options.fields);
    const parsed = options.schema.safeParse(values);
    if (!parsed.success) {
      const echoed = Object.fromEntries(
        Object.entries(values).filter(([field]) => !options.secretFields?.includes(field)),
      );
      return validationFailure(parsed.error, echoed);
    }
    return handler(user, parsed.data, formData);
  };
}
