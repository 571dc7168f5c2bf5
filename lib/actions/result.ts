import { z } from "zod";
import type { Refusal } from "@/lib/services/refusal";
import { cutToCodeUnits } from "@/lib/validation/text";

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * What every server action returns to its form (through `useActionState`):
 * success, or messages for the form and for each field. `values` echoes what
 * was typed, so a refused form keeps its input even without JavaScript; build
 * it with `echoedText`, which bounds every value.
 */
export type ActionFailure = { ok: false; message?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export type ActionResult = { ok: true; message?: string } | ActionFailure;

/** The state a form starts in, before its first submission. */
export type FormState = ActionResult | null;

/**
 * The state a form starts in on a page that says what it just did (`said`, from the page's
 * address): where a form sent without JavaScript is redirected on success (lib/actions/no-javascript.ts).
 */
export function startedSaying(said: string | undefined): { ok: true; message: string } | null {
  return said === undefined ? null : { ok: true, message: said };
}

export function failure(message: string, values?: Record<string, string>): ActionFailure {
  return { ok: false, message, values };
}

export function fieldFailure(field: string, message: string, values?: Record<string, string>): ActionFailure {
  return { ok: false, fieldErrors: { [field]: [message] }, values };
}

/** A service's refusal as the form shows it: on its field, if it names one. */
export function refusedForm(refusal: Refusal, values?: Record<string, string>): ActionFailure {
  return refusal.field === undefined ? failure(refusal.message, values) : fieldFailure(refusal.field, refusal.message, values);
}

export function validationFailure(error: z.ZodError, values?: Record<string, string>): ActionFailure {
  return { ok: false, fieldErrors: z.flattenError(error).fieldErrors, values };
}

/**
 * A refusal as its form can show it: the errors of `given` fields (those the page fills in, which
 * no field of the form shows: an id, a button's state) become its message, worded by `say`.
 */
export function sayingGivenFields<Result extends ActionResult>(
  result: Result | ActionFailure,
  given: readonly string[],
  say: (errors: string[]) => string = (errors) => [...new Set(errors)].join(" "),
): Result | ActionFailure {
  if (result.ok || !result.fieldErrors) return result;
  const errors = given.flatMap((field) => result.fieldErrors?.[field] ?? []);
  if (errors.length === 0) return result;
  const said: ActionFailure = { ok: false, message: [result.message, say(errors)].filter(Boolean).join(" ") };
  const shown = Object.entries(result.fieldErrors).filter(([field]) => !given.includes(field));
  if (shown.length > 0) said.fieldErrors = Object.fromEntries(shown);
  if (result.values && Object.keys(result.values).length > 0) said.values = result.values;
  return said;
}

/** The text fields of a form; files and repeated fields are read separately. */
export function formText(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value : ""];
    }),
  );
}

/**
 * The fields a refused form may send back, each with the most code units it
 * may echo (the field's own limit, from its schema). Fields not listed, such
 * as passwords and ids, are never echoed.
 */
export type EchoLimits = Readonly<Record<string, number>>;

/**
 * What was typed into the echoed fields, each cut to its limit: a refused
 * megabyte of text must not come back as a megabyte page, nor be counted or
 * rendered character by character.
 */
export function echoedText(formData: FormData, limits: EchoLimits): Record<string, string> {
  const typed = formText(formData, Object.keys(limits));
  return Object.fromEntries(Object.entries(limits).map(([field, limit]) => [field, cutToCodeUnits(typed[field] ?? "", limit)]));
}

/** The messages for one field of a refused form. */
export function errorsFor(state: FormState, field: string): string[] | undefined {
  return state?.ok === false ? state.fieldErrors?.[field] : undefined;
}

/**
 * The messages for a field that is edited in place (`value`, from `sent`, what the refused form
 * held): they speak of what was sent, so once it is changed they are gone and the live hints speak.
 */
export function errorsWhileUnchanged(state: FormState, field: string, value: string, sent: string): string[] | undefined {
  return value === sent ? errorsFor(state, field) : undefined;
}

/**
 * A form field's name and what a refused answer says of it: what was typed
 * (echoed fields only; else `initial`) and its errors. Spread onto a
 * TextField or TextArea.
 */
export function fieldFrom(state: FormState, name: string, initial?: string): { name: string; defaultValue?: string; errors?: string[] } {
  return { name, defaultValue: typedValue(state, name) ?? initial, errors: errorsFor(state, name) };
}

/** What the user had typed into a field of a refused form. */
export function typedValue(state: FormState, field: string): string | undefined {
  return state?.ok === false ? state.values?.[field] : undefined;
}
