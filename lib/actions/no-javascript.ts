import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { DoneNotice } from "@/lib/navigation/page-notice";
import { returnToFormPage } from "./page-notices";
import type { ActionResult } from "./result";

/**
 * Whether the form that runs this action was posted by the browser itself, without JavaScript:
 * a multipart body and no `Next-Action` header (which the client's own calls always carry).
 * Such a form is answered with the page it was posted to, at the same address, so a reload
 * would post it again: on success its action redirects instead, and the reload is harmless.
 */
export async function sentWithoutJavaScript(): Promise<boolean> {
  const request = await headers();
  return !request.has("next-action") && (request.get("content-type") ?? "").startsWith("multipart/form-data");
}

/**
 * A form's success: `answer`, which the form shows in place, with JavaScript. Without it, a
 * redirect (303) to `page`, the page the form is on, whose address names what succeeded so that
 * it says the same: reloading it, or coming Back to it, sends nothing again.
 */
export async function succeededAt<Answer>(page: string, answer: Answer): Promise<Answer> {
  if (await sentWithoutJavaScript()) redirect(page);
  return answer;
}

/**
 * A success a form shows in place (a button that changes a page it stays on): `answer`, with
 * JavaScript. Without it, the page the form was sent from afresh (returnToFormPage), saying
 * `done` when given, which reloading, or coming Back to, does not send again.
 */
export async function succeededInPlace<Answer extends ActionResult>(answer: Answer, done: DoneNotice | null = null): Promise<Answer> {
  if (await sentWithoutJavaScript()) await returnToFormPage(answer, null, done);
  return answer;
}
