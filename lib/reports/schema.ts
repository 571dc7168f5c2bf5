import { z } from "zod";
import { ACCOUNT_SUSPENDED } from "@/lib/moderation/schema";
import { decodeCursor } from "@/lib/pagination/cursor";
import type { ReportOutcome } from "@/lib/routes";
import { recordId } from "@/lib/validation/ids";
import { shownOrEmpty } from "@/lib/validation/invisible";
import { STACKED_MARKS_MESSAGE, stacksTooManyMarks, typedCodeUnits, withoutControlCharacters } from "@/lib/validation/text";

export const REPORT_TARGETS = ["POST", "COMMENT", "ACCOUNT"] as const;
export type ReportTargetType = (typeof REPORT_TARGETS)[number];

/** The reasons a person may give, in the order the form offers them, with their labels. */
export const REPORT_REASONS = {
  SPAM: "Spam",
  HARASSMENT: "Harassment or bullying",
  ILLEGAL: "Illegal content",
  OTHER: "Something else",
} as const;
export type ReportReasonCode = keyof typeof REPORT_REASONS;

/** What a sent report says, in place of its form: with JavaScript there, without it on the report page it leads to (reportSentHref). */
export const REPORT_SENT_MESSAGES: Record<ReportOutcome, string> = {
  sent: "Thank you. Your report was sent to the moderators.",
  updated: "You had already reported this: your report is updated, and the moderators see it once.",
};

export const MAX_REPORT_DETAILS = 500;
export const DETAILS_REQUIRED = "Say what is wrong when you choose “Something else”.";

/**
 * A report: what it is about, why, and (required for "Something else") what
 * the reporter wrote, trimmed and without control characters (nothing, if it shows nothing).
 */
export const reportSchema = z
  .object({
    targetType: z.enum(REPORT_TARGETS, "Choose what to report."),
    targetId: recordId("There is nothing to report here."),
    reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReasonCode, ...ReportReasonCode[]], "Choose a reason."),
    details: z
      .string()
      .transform((value) => shownOrEmpty(withoutControlCharacters(value).trim(), MAX_REPORT_DETAILS))
      .pipe(
        z
          .string()
          .max(MAX_REPORT_DETAILS, { message: `Keep it to ${MAX_REPORT_DETAILS} characters.`, abort: true })
          .refine((value) => !stacksTooManyMarks(value), STACKED_MARKS_MESSAGE),
      ),
  })
  .refine((report) => report.reason !== "OTHER" || report.details !== "", { message: DETAILS_REQUIRED, path: ["details"] });

export type NewReport = z.output<typeof reportSchema>;

/**
 * A refused report comes back with what was typed (typedCodeUnits), and the reason chosen, so a
 * refusal of the details does not uncheck it.
 */
export const reportEcho = { details: typedCodeUnits(MAX_REPORT_DETAILS), reason: Math.max(...Object.keys(REPORT_REASONS).map((code) => code.length)) };

/** An admin's answers to the open reports about one target, in the order the queue offers them. */
export const REPORT_DECISIONS = ["remove", "suspend", "dismiss"] as const;
export type ReportDecision = (typeof REPORT_DECISIONS)[number];

/** What a decision says once taken: in its place, and to a screen reader as its report leaves the queue. */
export const DECISION_DONE: Record<ReportDecision, string> = { remove: "Removed.", suspend: ACCOUNT_SUSPENDED, dismiss: "Reports dismissed." };

/** The decisions that cannot be undone, asked first: in place with JavaScript, on a confirmation page without. */
export const ASKED_DECISIONS = ["remove", "suspend"] as const satisfies readonly ReportDecision[];
export type AskedDecision = (typeof ASKED_DECISIONS)[number];

/** An admin's answer to the open reports about one target. */
export const resolutionSchema = z.object({
  targetType: z.enum(REPORT_TARGETS, "Unknown report."),
  targetId: recordId("Unknown report."),
  decision: z.enum(REPORT_DECISIONS, "Choose what to do."),
});

export type Resolution = z.output<typeof resolutionSchema>;

/** The page of the queue a decision was asked from (its `cursor`), which it goes back to; anything but a cursor we issued is the first page (""). */
export const queueCursor = z
  .string()
  .default("")
  .transform((token) => (decodeCursor(token) ? token : ""));

/**
 * The queue's form; from a decision's confirmation page, `returnTo` is "queue", and the queue is
 * shown afterwards, at the page (`cursor`) the moderator was on.
 */
export const resolveSchema = resolutionSchema.extend({ returnTo: z.enum(["", "queue"]), cursor: queueCursor });

/**
 * The address of a decision's confirmation page, /admin/reports/<post|comment|account>/<id>/<remove|suspend>
 * (reportDecisionHref), read back: anything else names no page.
 */
export const decisionPageSchema = z.object({
  target: z
    .enum(["post", "comment", "account"])
    .transform((segment) => segment.toUpperCase())
    .pipe(z.enum(REPORT_TARGETS)),
  id: recordId(),
  decision: z.enum(ASKED_DECISIONS),
});

// Refusals (a "use server" file may export only actions).
export const NOTHING_TO_REPORT = "This is gone or cannot be reported.";
export const CANNOT_REPORT_YOURSELF = "You can’t report yourself or your own posts and comments.";
export const NO_OPEN_REPORTS = "These reports were already resolved.";
export const CANNOT_REMOVE_ACCOUNT = "An account cannot be removed; suspend it instead.";
export const ALREADY_SUSPENDED = "This account is already suspended: remove the content or dismiss the reports.";
