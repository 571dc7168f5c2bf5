import type { Metadata } from "next";
import { SessionsList } from "@/components/settings/sessions-list";
import { BackLink } from "@/components/ui/back-link";
import { requireUser } from "@/lib/auth/current-user";
import { readSession } from "@/lib/auth/session-cookie";
import { SESSIONS_PATH } from "@/lib/routes";
import { listSessions } from "@/lib/sessions/queries";
import { endedCount, endedMessage } from "@/lib/sessions/schema";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage({ searchParams }: PageProps<"/settings/sessions">) {
  const user = await requireUser(SESSIONS_PATH);
  const [current, query] = await Promise.all([readSession(), searchParams]);
  const sessions = await listSessions(user.id, current?.sessionId ?? null);
  const ended = endedCount(query.ended);
  return (
    <>
      <BackLink href="/settings">Settings</BackLink>
      <h1 className="text-2xl font-bold tracking-tight">Sessions</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        Every browser and app logged in to your account. Logging one out ends it at once; it has to log in again.
      </p>
      <SessionsList sessions={sessions} outcome={ended === null ? null : endedMessage(ended)} />
    </>
  );
}
