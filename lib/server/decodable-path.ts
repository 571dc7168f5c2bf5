/**
 * `url` (a request's path and query) with each `%` of a path segment that does not decode
 * escaped as `%25`, so that the segment reaches the app as the text it literally is.
 *
 * Next.js decodes every dynamic segment with decodeURIComponent, and in production it answers a
 * segment that throws (`/p/%ff`, `/@%E0%A4%A`) with a bare 500, without the app's headers or
 * pages (vercel/next.js#92527, open; #92557 proposes a 404). Escaped, the segment reaches its
 * page, which answers with the app's 404 as it does for any unknown id, name or tag. Paths
 * without a `%`, nearly all of them, are returned untouched without being read further.
 */
export function withDecodablePath(url: string): string {
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!path.includes("%")) return url;
  const segments = path.split("/");
  if (segments.every(decodes)) return url;
  return segments.map((segment) => (decodes(segment) ? segment : segment.replaceAll("%", "%25"))).join("/") + url.slice(path.length);
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
