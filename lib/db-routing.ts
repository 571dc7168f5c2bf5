import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { type Reader, db, hasReplica, replicaDb } from "@/lib/db";

// Which reads may go to a read replica (DATABASE_REPLICA_URL), and read-your-writes.
//
// A replica replays the primary's changes a moment later. Pages that tolerate
// that moment for other people's content (explore, search, profiles, tag
// pages) read through `lagTolerantDb`; everything else, and every write, uses
// `db`, the primary. A browser that has just written reads the primary
// everywhere for READ_YOUR_WRITES_SECONDS, so its own post, like or follow is
// on the very next page it sees: every form action marks the browser first
// (`noteWrite`, in lib/actions/unavailable.ts), and the page Next renders in
// the same response sees the mark already.

/** How long after a write its browser reads the primary: far above the lag a replica may have (DEPLOY.md). */
export const READ_YOUR_WRITES_SECONDS = 10;

function markerCookieName(): string {
  // Same rules as the session cookie: __Host- wherever the app is served over HTTPS.
  return sessionCookie().options.secure ? "__Host-commons.wrote" : "commons.wrote";
}

let derivedKey: { secret: string; key: Buffer } | undefined;

/** A key of its own for the marker, derived from NEXTAUTH_SECRET (never the session tokens' key). */
function markerKey(): Buffer {
  const secret = authSecret();
  if (derivedKey?.secret !== secret) {
    derivedKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, "", "Commons read-your-writes marker", 32)) };
  }
  return derivedKey.key;
}

function signature(expiresAt: number): Buffer {
  return createHmac("sha256", markerKey()).update(`wrote-until:${expiresAt}`).digest();
}

/**
 * The marker's value: until when its browser reads the primary, signed. A
 * forged one could only move someone's reads to the primary, yet unsigned
 * markers would let any client put all its reads there for good.
 */
function markerValue(expiresAt: number): string {
  return `${expiresAt}.${signature(expiresAt).toString("base64url")}`;
}

function markerExpiry(value: string | undefined): number | null {
  const [expiresAt, signed] = value?.split(".") ?? [];
  if (!expiresAt || !signed || !/^\d{1,15}$/.test(expiresAt)) return null;
  const given = Buffer.from(signed, "base64url");
  const expected = signature(Number(expiresAt));
  return given.length === expected.length && timingSafeEqual(given, expected) ? Number(expiresAt) : null;
}

/** Marks this browser as having just written (nothing to mark without a replica). Called by every form action. */
export async function noteWrite(): Promise<void> {
  if (!hasReplica()) return;
  const expiresAt = Date.now() + READ_YOUR_WRITES_SECONDS * 1_000;
  const { options } = sessionCookie();
  (await cookies()).set(markerCookieName(), markerValue(expiresAt), { ...options, maxAge: READ_YOUR_WRITES_SECONDS });
}

/** Whether this browser wrote within the last READ_YOUR_WRITES_SECONDS (its marker is valid and unexpired). */
export async function wroteRecently(): Promise<boolean> {
  const expiresAt = markerExpiry((await cookies()).get(markerCookieName())?.value);
  return expiresAt !== null && expiresAt > Date.now();
}

/**
 * The client for a read that may lag the primary by a moment: a replica,
 * unless there is none or this browser wrote within READ_YOUR_WRITES_SECONDS;
 * then the primary. Every read that may go to a replica calls this: search
 * for `lagTolerantDb` to list them.
 */
export async function lagTolerantDb(): Promise<Reader> {
  const replica = replicaDb();
  if (!replica || (await wroteRecently())) return db;
  return replica;
}
