import { headers } from "next/headers";

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
