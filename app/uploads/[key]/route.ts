import { isFileShown } from "@/lib/uploads/shown";
import { isFileKey, readImage } from "@/lib/uploads/storage";

const NOT_FOUND = { status: 404, headers: { "Content-Type": "text/plain" } };

/**
 * Serves processed uploads. Names are content hashes, so a response never goes
 * stale. The files of suspended accounts' posts and avatars answer exactly like
 * missing ones.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  // The shape check first: a malformed name never reaches the database.
  if (!isFileKey(key) || !(await isFileShown(key))) return new Response("Not found", NOT_FOUND);
  const bytes = await readImage(key);
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
