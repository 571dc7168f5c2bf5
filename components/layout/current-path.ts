/**
 * Whether the page at `pathname` belongs to the navigation entry `href`: Home
 * only on "/" itself, every other entry on its own pages too ("/search?q=…",
 * "/@ada/followers"). A profile is also reached at /u/<name>, the folder the
 * /@<name> address is rewritten to.
 */
export function isCurrentPath(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  const profile = /^\/@([^/]+)$/.exec(href);
  const owned = profile ? [href, `/u/${profile[1]}`] : [href];
  const decoded = decodedPath(pathname);
  return owned.some((base) => decoded === base || decoded.startsWith(`${base}/`));
}

/** The path as people write it ("/@ada", not "/%40ada"); one that does not decode is kept as it is. */
export function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
