import { z } from "zod";
import type { EchoLimits } from "@/lib/actions/result";
import { recordId, returnToProfile } from "@/lib/validation/ids";
import { drawsNothing, reordersText } from "@/lib/validation/invisible";
import { typedCodeUnits } from "@/lib/validation/text";

/**
 * The block and mute forms: whom, and the state the person wants (not
 * "toggle"), so a double submit, a retry or a second tab leaves it as asked.
 * Block's confirmation page (/@name/block) also names the profile to show afterwards.
 */
export const setBlockSchema = z.object({
  userId: recordId("Unknown account."),
  block: z.enum(["true", "false"]).transform((value) => value === "true"),
  returnTo: returnToProfile,
});

export const setMuteSchema = z.object({
  userId: recordId("Unknown account."),
  mute: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const MUTED_PHRASE_MAX = 100;
/** How many muted words one person may keep: each is tried on every post of their feeds. */
export const MUTED_WORDS_MAX = 100;

/** How long a muted word lasts, as the form offers it; "forever" has no expiry. */
export const MUTE_DURATIONS = { forever: null, day: 1, week: 7, month: 30 } as const;
export type MuteDuration = keyof typeof MUTE_DURATIONS;
/** The longest duration's name: as much of the field as a refused form sends back. */
export const MUTE_DURATION_MAX = Math.max(...Object.keys(MUTE_DURATIONS).map((name) => name.length));

/** What a refused muted word sends back: the phrase as typed (typedCodeUnits) and the duration chosen. */
export const mutedWordEcho: EchoLimits = { phrase: typedCodeUnits(MUTED_PHRASE_MAX), duration: MUTE_DURATION_MAX };

/**
 * A muted word or phrase as stored: lower-case, trimmed, with single spaces
 * between words (the table's CHECK holds the same). Matching is whole words,
 * case-insensitive, and literal: no character has a special meaning.
 */
export function normalizePhrase(phrase: string): string {
  return phrase.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
}

export const addMutedWordSchema = z.object({
  phrase: z
    .string()
    .transform(normalizePhrase)
    .pipe(
      z
        .string()
        // Empty, or invisible characters alone: a phrase that matches nothing anyone sees.
        .refine((value) => !drawsNothing(value, MUTED_PHRASE_MAX), { message: "Type a word or phrase to mute.", abort: true })
        .max(MUTED_PHRASE_MAX, `A muted phrase is at most ${MUTED_PHRASE_MAX} characters.`)
        // Control characters cannot be typed, and a muted word of them would match nothing anyone sees.
        .regex(/^[^\p{Cc}]*$/u, "A muted phrase cannot contain control characters.")
        // A bidi control would reorder the list of muted words, and the messages that name one.
        .refine((value) => !reordersText(value), "A muted phrase cannot contain text-direction controls."),
    ),
  duration: z.enum(Object.keys(MUTE_DURATIONS) as [MuteDuration, ...MuteDuration[]], "Choose how long to mute it."),
});

export type AddMutedWordInput = z.output<typeof addMutedWordSchema>;

export const removeMutedWordSchema = z.object({ id: recordId("Unknown muted word.") });

// Refusals (a "use server" file may export only actions).
export const CANNOT_BLOCK_YOURSELF = "You can’t block yourself.";
export const CANNOT_MUTE_YOURSELF = "You can’t mute yourself.";
export const ACCOUNT_GONE = "This account no longer exists.";
export const TOO_MANY_MUTED_WORDS = `You can mute at most ${MUTED_WORDS_MAX} words. Remove one first.`;
export const MUTED_WORD_GONE = "This muted word is already gone.";

/** What muting a word says: in place, and on the safety settings a form sent without JavaScript leads to. */
export function mutedWordMessage(phrase: string): string {
  return `Muted “${phrase}”.`;
}
