import { headers } from "next/headers";

/**
 * The client's address for throttling. Behind a reverse proxy, the proxy must
 * overwrite X-Forwarded-For; its first entry is then the client. Without one,
 * `next start` fills the header from the socket.
 */
export async function clientIp(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first && first.length <= 100 ? first : "unknown";
}
