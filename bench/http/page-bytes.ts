/** What one page costs on the wire: its HTML, and its RSC payload (what a client-side navigation fetches). */
export type PageBytes = { name: string; path: string; htmlBytes: number; rscBytes: number; articles: number };

async function bodyBytes(url: string, headers: Record<string, string>): Promise<{ bytes: number; text: string }> {
  // An RSC request is first sent to the same URL with a cache-busting `_rsc` parameter, which Next.js asks for with a 307.
  const response = await fetch(url, { headers, redirect: "follow" });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { bytes: body.length, text: body.toString("utf8") };
}

/**
 * Uncompressed bytes of each page for a signed-in reader: the HTML of a first
 * visit (which carries the RSC payload inline) and the payload alone, as the
 * router asks for it (`RSC: 1`). Compression would hide how much is rendered.
 */
export async function measurePageBytes(baseUrl: string, cookie: string, pages: { name: string; path: string }[]): Promise<PageBytes[]> {
  const measured: PageBytes[] = [];
  for (const { name, path } of pages) {
    const html = await bodyBytes(`${baseUrl}${path}`, { cookie });
    const rsc = await bodyBytes(`${baseUrl}${path}`, { cookie, rsc: "1" });
    const articles = html.text.match(/<article\b/g)?.length ?? 0;
    measured.push({ name, path, htmlBytes: html.bytes, rscBytes: rsc.bytes, articles });
  }
  return measured;
}
