import { headers } from "next/headers";
import { forwardedClientAddress, proxyTrust } from "./client-ip";

/** What the sessions page shows of the device a request comes from. */
export type SessionDevice = { userAgent: string; ip: string };

/** The columns' limits (migration 20261201155000_session_devices). */
export const USER_AGENT_MAX_LENGTH = 512;
export const IP_MAX_LENGTH = 45;

/** The device of a request, from its headers: the User-Agent as sent, and the client's address (the one throttling keys on, whole). */
export function deviceFromHeaders(requestHeaders: Headers): SessionDevice {
  return {
    userAgent: (requestHeaders.get("user-agent") ?? "").slice(0, USER_AGENT_MAX_LENGTH),
    ip: (forwardedClientAddress(requestHeaders.get("x-forwarded-for"), proxyTrust()) || "unknown").slice(0, IP_MAX_LENGTH),
  };
}

/** The device of the request being served (a page, server action or route handler). */
export async function requestDevice(): Promise<SessionDevice> {
  return deviceFromHeaders(await headers());
}
