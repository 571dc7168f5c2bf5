/** The URL under which the app serves a stored upload (kept apart from storage so client code can use it). */
export function fileUrl(key: string): string {
  return `/uploads/${key}`;
}
