"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed";
import { succeededAt, succeededInPlace } from "@/lib/actions/no-javascript";
import { refusedForm } from "@/lib/actions/result";
import { afterReportChange } from "@/lib/actions/revalidate";
import { adminReportsHref, reportSentHref } from "@/lib/routes";
import { DECISION_DONE, REPORT_SENT_MESSAGES, reportEcho, reportSchema, resolveSchema } from "./schema";
import * as reports from "./service";

export const reportContent = authedAction(
  { fields: ["reason", "details"], given: ["targetType", "targetId"], schema: reportSchema, echo: reportEcho },
  async (user, input) => {
    const filed = await reports.createReport(user, input);
    // What was chosen and written stays for another try (a full hour's reports, say).
    if (!filed.ok) return refusedForm(filed, { reason: input.reason, details: input.details });
    const outcome = filed.repeated ? "updated" : "sent";
    // Without JavaScript, the report page saying it was sent: a reload or Back files nothing again.
    return succeededAt(reportSentHref(input.targetType, input.targetId, outcome), { ok: true, message: REPORT_SENT_MESSAGES[outcome] });
  },
);

export const resolveReports = authedAction({ fields: [], given: ["targetType", "targetId", "decision", "returnTo", "cursor"], schema: resolveSchema }, async (user, input) => {
  const resolved = await reports.resolveReports(user, input);
  if (!resolved.ok) return refusedForm(resolved);
  afterReportChange();
  if (input.returnTo === "queue") redirect(adminReportsHref(input.cursor));
  // Dismiss, from the queue without JavaScript: the queue's page afresh, which a reload would not refuse as resolved already.
  return succeededInPlace({ ok: true, message: DECISION_DONE[input.decision] }, input.decision === "dismiss" ? "reports-dismissed" : null);
});
