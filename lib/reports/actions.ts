"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed";
import { refusedForm } from "@/lib/actions/result";
import { afterReportChange } from "@/lib/actions/revalidate";
import { adminReportsHref } from "@/lib/routes";
import { reportEcho, reportSchema, resolveSchema } from "./schema";
import * as reports from "./service";

export const reportContent = authedAction(
  { fields: ["reason", "details"], given: ["targetType", "targetId"], schema: reportSchema, echo: reportEcho },
  async (user, input) => {
    const filed = await reports.createReport(user, input);
    // What was chosen and written stays for another try (a full hour's reports, say).
    if (!filed.ok) return refusedForm(filed, { reason: input.reason, details: input.details });
    return {
      ok: true,
      message: filed.repeated
        ? "You had already reported this: your report is updated, and the moderators see it once."
        : "Thank you. Your report was sent to the moderators.",
    };
  },
);

export const resolveReports = authedAction({ fields: [], given: ["targetType", "targetId", "decision", "returnTo", "cursor"], schema: resolveSchema }, async (user, input) => {
  const resolved = await reports.resolveReports(user, input);
  if (!resolved.ok) return refusedForm(resolved);
  afterReportChange();
  if (input.returnTo === "queue") redirect(adminReportsHref(input.cursor));
  const done = { remove: "Removed.", suspend: "Account suspended.", dismiss: "Reports dismissed." }[input.decision];
  return { ok: true, message: done };
});
