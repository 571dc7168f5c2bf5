import { subscribe } from "node:diagnostics_channel";
import { IncomingMessage } from "node:http";
import { ProxySettingError, proxyTrust } from "./client-ip";

let appending = false;

/**
 * Makes the server append the socket peer to X-Forwarded-For, as a proxy
 * would. `next start` fills the header from the socket only when the client
 * sent none, and the app never sees the socket itself, so without this a
 * client's own header would be the only address the app knows. Node publishes
 * every incoming request on this channel before Next.js receives it.
 */
export function appendPeerAddressToForwardedFor(): void {
  if (appending) return;
  appending = true;
  subscribe("http.server.request.start", (message) => {
    if (typeof message !== "object" || message === null || !("request" in message)) return;
    const { request } = message;
    if (!(request instanceof IncomingMessage)) return;
    const peer = request.socket.remoteAddress ?? "unknown";
    const received = request.headers["x-forwarded-for"];
    request.headers["x-forwarded-for"] = received ? `${received}, ${peer}` : peer;
  });
}

/**
 * At server start: refuses proxy settings it cannot read rather than guess
 * (a wrong guess would throttle everyone as one client, or no one), then
 * appends every request's socket peer to X-Forwarded-For.
 */
export function recordClientAddresses(): void {
  try {
    proxyTrust();
  } catch (error) {
    if (!(error instanceof ProxySettingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  appendPeerAddressToForwardedFor();
}
