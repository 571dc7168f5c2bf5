import { FullTimestamp } from "@/components/ui/full-timestamp";
import { RelativeTime } from "@/components/ui/relative-time";
import { endOtherSessions, endSession } from "@/lib/sessions/actions";
import type { SessionRow } from "@/lib/sessions/queries";
import { SessionForm } from "./session-form";
import { SignOutFocus } from "./sign-out-focus";

/**
 * Every logged-in device of the reader, this one first, each but this one with its own "Log out"
 * (the header's ends this one). Each row shows when it logged in and from where, and its button is
 * named by the same, so that two phones of one kind are two sessions a screen reader or a voice
 * command can tell apart. Above them, `outcome`: what the page says of the log-out it follows, if any.
 */
export function SessionsList({ sessions, outcome }: { sessions: SessionRow[]; outcome: string | null }) {
  const others = sessions.filter((session) => !session.current);
  return (
    <SignOutFocus others={others.length} outcome={outcome}>
      <div className="space-y-6">
        <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
              <div className="min-w-0 space-y-1">
                <p className="font-semibold">
                  {session.name}
                  {session.current && (
                    <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
                      This device
                    </span>
                  )}
                </p>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  {session.current ? "In use now" : <>Last used: <RelativeTime date={session.lastSeenAt} /></>}
                  {session.ip && <> · from {session.ip}</>}
                </p>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  Logged in: <FullTimestamp date={session.createdAt} />
                </p>
              </div>
              {!session.current && (
                <SessionForm
                  action={endSession}
                  fields={{ sessionId: session.id }}
                  label={{
                    idle: "Log out",
                    pending: "Logging out…",
                    detail: (
                      <>
                        {session.name} (logged in <FullTimestamp date={session.createdAt} />
                        {session.ip && `, from ${session.ip}`})
                      </>
                    ),
                  }}
                />
              )}
            </li>
          ))}
        </ul>
        {others.length > 0 ? (
          <SessionForm action={endOtherSessions} label={{ idle: "Log out all other sessions", pending: "Logging out…" }} />
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No other device is logged in.</p>
        )}
      </div>
    </SignOutFocus>
  );
}
