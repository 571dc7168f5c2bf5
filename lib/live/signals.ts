// What travels on the `commons_live` channel (migration 20261201151000_live_signals): a
// letter and a user id, never content. Whoever receives a signal asks the database what
// its reader may see.

export const LIVE_CHANNEL = "commons_live";

export type LiveSignal =
  /** That user's notifications changed: added, joined, undone or read. */
  | { kind: "notifications"; userId: string }
  /** That user posted or reposted: their followers' home feeds have news. */
  | { kind: "posts"; authorId: string }
  /** Sessions of that user ended: logout, password change, suspension, deletion. */
  | { kind: "sessions"; userId: string }
  /** What a signed-in page shows of that user changed: name, picture, role, theme, suspension, verified address. */
  | { kind: "account"; userId: string }
  /** A process's own signal, sent to learn that it still hears the channel (lib/auth/kept-sessions.ts). */
  | { kind: "heartbeat"; id: string }
  /** The listener was reconnected: signals sent meanwhile are lost, so everyone fetches again. */
  | { kind: "resync" };

// Ids are cuids, or md5 hex for rows made in SQL: no colon, no space.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The signal a payload names, or null for anything else (the channel is open to every database user). */
export function parseSignal(payload: string): LiveSignal | null {
  const separator = payload.indexOf(":");
  const id = payload.slice(separator + 1);
  if (separator !== 1 || !ID.test(id)) return null;
  switch (payload[0]) {
    case "n":
      return { kind: "notifications", userId: id };
    case "p":
      return { kind: "posts", authorId: id };
    case "s":
      return { kind: "sessions", userId: id };
    case "u":
      return { kind: "account", userId: id };
    case "h":
      return { kind: "heartbeat", id };
    default:
      return null;
  }
}
