/**
 * An absolute link to `path` on this site, for mail. NEXTAUTH_URL is the
 * site's public address (DEPLOY.md); development falls back to localhost.
 */
export function siteUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).href;
}
