import type { IncomingHttpHeaders } from "node:http";

/**
 * What a request the server refuses before the app sees it (scripts/serve.ts) is answered with:
 * a form a browser sent without JavaScript gets a page of its own, saying why and leading back to
 * the form's page, where text alone would leave it on a bare line with no way back. A script's
 * request (a server action's fetch, the router's) and any other client get the text alone.
 */
export function refusalBody(message: string, headers: IncomingHttpHeaders): { contentType: string; body: string } {
  const scripted = headers["next-action"] !== undefined || headers.rsc !== undefined;
  if (scripted || !String(headers.accept ?? "").includes("text/html")) return { contentType: "text/plain; charset=utf-8", body: message };
  return {
    contentType: "text/html; charset=utf-8",
    body:
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
      '<meta name="color-scheme" content="light dark"><title>Not sent · Commons</title></head>' +
      '<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5">' +
      `<h1>Not sent</h1><p role="alert">${escapeHtml(message)}</p>` +
      `<p><a href="${escapeHtml(backTo(headers))}">Back to the form</a></p></body></html>`,
  };
}

/** The page the form was on, when the browser says it and it is of this site; else the home page. */
function backTo(headers: IncomingHttpHeaders): string {
  try {
    const from = new URL(String(headers.referer));
    return from.host === headers.host ? `${from.pathname}${from.search}` : "/";
  } catch {
    return "/";
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
