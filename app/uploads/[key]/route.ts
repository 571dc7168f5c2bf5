import { requestLogger } from "@/lib/logging/request-logger";
import { isFileShown } from "@/lib/uploads/shown";
import { isFileKey, readImage } from "@/lib/uploads/storage";
import { StorageUnavailableError } from "@/lib/uploads/store";

const NOT_FOUND = { status: 404, headers: { "Content-Type": "text/plain" } };
const UNAVAILABLE = { status: 503, headers: { "Content-Type": "text/plain", "Retry-After": "10" } };

/**
 * Serves processed uploads, from the upload folder or the bucket alike: the
 * bytes pass through this route rather than a redirect to the bucket, so the
 * visibility check below holds for every request, the page's CSP stays
 * same-origin and the bucket can stay private. Names are content hashes, so a
 * response never goes stale. The files of suspended accounts' posts and
 * avatars answer exactly like missing ones.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  // The shape check first: a malformed name never reaches the database.
  if (!isFileKey(key) || !(await isFileShown(key))) return new Response("Not found", NOT_FOUND);
  const bytes = await readStored(key);
  if (bytes === "unavailable") return new Response("The image store is not answering. Try again in a moment.", UNAVAILABLE);
  if (!bytes) return new Response("Not found", NOT_FOUND);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}

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
