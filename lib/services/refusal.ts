/**
 * Why a service wrote nothing, as a sentence for the person, and the form field
 * it is about when there is one. Services answer with it rather than throwing,
 * so a refusal is part of each service's typed result.
 */
export type Refusal = { ok: false; message: string; field?: string };

export function refusal(message: string, field?: string): Refusal {
  return field === undefined ? { ok: false, message } : { ok: false, message, field };
}
