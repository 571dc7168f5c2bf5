import { z } from "zod";
import type { ActionFailure, FormState } from "@/lib/actions/result";
import { currentPassword } from "@/lib/accounts/schema";
import { looksLikeRecoveryCode, normalizedRecoveryCode } from "./recovery-code-format";

// One set of rules for the two-factor forms (settings and the login's second step) and the server.

const MAX_TYPED_CODE = 64;

/** What turning two-factor off says, in place and on the page a form sent without JavaScript leads to. */
export const TWO_FACTOR_OFF = "Two-factor login is off. You were logged out everywhere else.";
/**
 * What confirming the set-up says when two-factor is on already: the same form sent again (a
 * reload of the page that showed the recovery codes, a double click, a second tab). The codes
 * are stored only as hashes, so they cannot be shown again; new ones replace them on this page.
 */
export const TWO_FACTOR_ALREADY_ON =
  "Two-factor login is already on. Its recovery codes were shown once, when it was turned on; if you did not save them, make new ones below.";
/** What making new recovery codes says above them. */
export const RECOVERY_CODES_RENEWED = "New recovery codes are made. The old ones no longer work.";
export const ENTER_APP_CODE = "Enter the 6-digit code your app shows.";
export const ENTER_ANY_CODE = "Enter the 6-digit code from your app, or one of your recovery codes.";
export const WRONG_CODE = "That code is not right, or was already used. Try the next one your app shows.";
export const LOGIN_CODE_EXPIRED = "This login took too long. Enter your password again.";

/** Typed codes lose the spaces and dashes people copy with them; megabytes are refused before that work. */
const typedCode = (message: string) =>
  z
    .string()
    .max(MAX_TYPED_CODE, { message, abort: true })
    .transform((value) => normalizedRecoveryCode(value));

/** A code from the authenticator app: 6 digits. */
export const appCode = typedCode(ENTER_APP_CODE).pipe(z.string().regex(/^\d{6}$/, ENTER_APP_CODE));

/** What the login's second step and turning two-factor off take: an app code or a recovery code. */
export const secondFactorCode = typedCode(ENTER_ANY_CODE).pipe(
  z.string().refine((value) => /^\d{6}$/.test(value) || looksLikeRecoveryCode(value), ENTER_ANY_CODE),
);

export const confirmTwoFactorSchema = z.object({ code: appCode, password: currentPassword });

export const renewRecoveryCodesSchema = z.object({ password: currentPassword });

export const disableTwoFactorSchema = z.object({ password: currentPassword, code: secondFactorCode });

/** The login's second step: the proof that the password was right (pending-login.ts) and a code. */
export const MAX_PENDING_LOGIN_LENGTH = 500;
export const logInCodeSchema = z.object({
  pendingLogin: z.string().min(1, LOGIN_CODE_EXPIRED).max(MAX_PENDING_LOGIN_LENGTH, LOGIN_CODE_EXPIRED),
  code: secondFactorCode,
});

export const startTwoFactorSchema = z.object({});

export type ConfirmTwoFactorInput = z.infer<typeof confirmTwoFactorSchema>;
export type DisableTwoFactorInput = z.infer<typeof disableTwoFactorSchema>;
export type RenewRecoveryCodesInput = z.infer<typeof renewRecoveryCodesSchema>;

/**
 * The login form's answer that asks for a code: the proof of the password rides along in a hidden
 * field, and the step names the account it logs in to (someone who typed an email address, or
 * shares a computer, sees whose code is asked for).
 */
export type CodeStep = ActionFailure & { pendingLogin: string; username: string };

export type LogInState = FormState | CodeStep;

export function isCodeStep(state: LogInState): state is CodeStep {
  return state !== null && "pendingLogin" in state;
}
