import type { z } from "zod";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/current-user";
import { type ActionFailure, type ActionResult, type EchoLimits, echoedText, failure, formText, sayingGivenFields, validationFailure } from "./result";
import { UNREADABLE_FORM_MESSAGE, unlessDatabaseUnavailable } from "./unavailable";

export const SIGNED_OUT_MESSAGE = "Your session has ended. Log in again to continue.";

type FormOptions<Schema extends z.ZodType> = {
  /** The fields the person fills in: each shows its own refusal. */
  fields: readonly string[];
  /**
   * The fields the page fills in (an id, a button's state, where to go next). No field shows their
   * refusal, so the form says it; a malformed one means a page that was altered, or is too old.
   */
  given?: readonly string[];
  read?: (formData: FormData) => Record<string, unknown>;
  schema: Schema;
  echo?: EchoLimits;
};

/**
 * A form's work once its sender is known: `submit` validates the form for `user` and answers it.
 * Only the server's own code decides who `user` is (signedInAction, or a route that read the session).
 */
export type UserForm<Result extends ActionResult> = {
  echo: EchoLimits;
  submit: (user: CurrentUser, formData: FormData) => Promise<Result | ActionFailure>;
};

/**
 * Validates the form's `fields` and `given` fields (and whatever `read` takes from it: files,
 * repeated fields) with `schema`, and only then runs `handler`, which never sees the form. Only the fields in `echo` are
 * sent back to a refused form, each cut to its limit: secrets and ids never are.
 */
export function userForm<Schema extends z.ZodType, Result extends ActionResult = ActionResult>(
  options: FormOptions<Schema>,
  handler: (user: CurrentUser, input: z.output<Schema>) => Promise<Result>,
): UserForm<Result> {
  const echo = options.echo ?? {};
  const given = options.given ?? [];
  return {
    echo,
    submit: async (user, formData) => {
      const parsed = options.schema.safeParse({ ...formText(formData, [...options.fields, ...given]), ...options.read?.(formData) });
      if (!parsed.success) return sayingGivenFields(validationFailure(parsed.error, echoedText(formData, echo)), given, () => UNREADABLE_FORM_MESSAGE);
      return sayingGivenFields(await handler(user, parsed.data), given);
    },
  };
}

/**
 * A form action that first checks the session on the server, then runs `handler` for its user: no
 * handler can forget the check. An unreachable database answers with a message rather than an
 * error page, keeping the `echo` fields.
 */
export function forSignedInUser<Previous, Result extends ActionResult>(
  handler: (user: CurrentUser, formData: FormData) => Promise<Result | ActionFailure>,
  echo: EchoLimits = {},
) {
  return unlessDatabaseUnavailable(async (_previous: Previous, formData: FormData): Promise<Result | ActionFailure> => {
    const user = await getCurrentUser();
    if (!user) return failure(SIGNED_OUT_MESSAGE);
    return handler(user, formData);
  }, echo);
}

/** A form action that submits `form` as the user the session names, once forSignedInUser has checked it. */
export function signedInAction<Result extends ActionResult>(form: UserForm<Result>) {
  return forSignedInUser<Result | ActionFailure | null, Result>(form.submit, form.echo);
}

/** signedInAction of a userForm built from `options` and `handler`. */
export function authedAction<Schema extends z.ZodType, Result extends ActionResult = ActionResult>(
  options: FormOptions<Schema>,
  handler: (user: CurrentUser, input: z.output<Schema>) => Promise<Result>,
) {
  return signedInAction(userForm(options, handler));
}
