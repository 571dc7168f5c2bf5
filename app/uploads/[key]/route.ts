import { requestLogger } from "@/lib/logging/request-logger";
import { avatarStandIn } from "@/lib/uploads/avatar-stand-in";
import { isFileShown } from "@/lib/uploads/shown";
import { isFileKey, readImage } from "@/lib/uploads/storage";
import { StorageUnavailableError } from "@/lib/uploads/store";

const NOT_FOUND = { status: 404, headers: { "Content-Type": "text/plain" } };
const UNAVAILABLE = { status: 503, headers: { "Content-Type": "text/plain", "Retry-After": "10" } };

/**
 * Serves processed uploads, from the upload folder or the bucket alike: the
 * bytes pass through this route rather than a redirect to the bucket, so the
 * visibility check below holds for every request, the page's CSP stays
 * same-origin and the bucket can stay private. The files of suspended
 * accounts' posts and avatars answer exactly like missing ones.
 *
 * Names are content hashes, so the bytes never go stale, but whether they may
 * be seen can change: caches keep a file for an hour, then ask again, and the
 * answer to that question is a 304 without reading the store.
 */
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  // The shape check first: a malformed name never reaches the database.
  if (!isFileKey(key) || !(await isFileShown(key))) return new Response("Not found", NOT_FOUND);
  const cacheHeaders = { "Cache-Control": UPLOAD_CACHE_CONTROL, ETag: `"${key}"` };
  if (request.headers.get("if-none-match") === cacheHeaders.ETag) return new Response(null, { status: 304, headers: cacheHeaders });
  const bytes = await readStored(key);
  if (bytes === "unavailable") return new Response("The image store is not answering. Try again in a moment.", UNAVAILABLE);
  if (!bytes) return await answerMissing(key);
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "image/webp", "Content-Length": String(bytes.length), "X-Content-Type-Options": "nosniff", ...cacheHeaders },
  });
}

/**
 * A shown file that is not in the store: an avatar's stand-in (avatarStandIn), else a 404. The
 * stand-in carries no ETag, so a browser that later asks again gets the file if it is back.
 */
async function answerMissing(key: string): Promise<Response> {
  const standIn = await avatarStandIn(key);
  if (!standIn) return new Response("Not found", NOT_FOUND);
  return new Response(standIn, {
    headers: {
      "Content-Type": "image/svg+xml",
      "X-Content-Type-Options": "nosniff",
      // Opened by itself, the drawing runs nothing and loads nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": UPLOAD_CACHE_CONTROL,
    },
  });
}

/** How long a browser or a CDN may show a file without asking: a suspension hides an account's images within this time. */
const UPLOAD_CACHE_CONTROL = "public, max-age=3600";

/** The stored bytes, null for a missing file, or "unavailable" (logged) when the bucket does not answer. */
async function readStored(key: string): Promise<Buffer | null | "unavailable"> {
  try {
    return await readImage(key);
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error;
    (await requestLogger()).error({ event: "upload-read-failed", err: error }, "The object store did not serve an image");
    return "unavailable";
  }
}
