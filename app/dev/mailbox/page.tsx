import type { Metadata } from "next";
import { PageNotFound } from "@/components/ui/not-found-pages";
import { devMailboxEnabled, listMailbox } from "@/lib/mail/mailbox";
import { missingPage } from "@/lib/navigation/missing-page";

export function generateMetadata(): Metadata {
  return { title: devMailboxEnabled() ? "Development mailbox" : "Page not found", robots: { index: false } };
}

/**
 * The mail the app would have sent, for development and the e2e tests: a 404
 * wherever mail really goes out or the site is a real deployment (see devMailboxEnabled).
 */
export default async function DevMailboxPage({ searchParams }: PageProps<"/dev/mailbox">) {
  if (!devMailboxEnabled()) return missingPage(<PageNotFound />);
  const { to } = await searchParams;
  const messages = await listMailbox(typeof to === "string" ? to.trim().toLowerCase() : undefined);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Development mailbox</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Mail is not sent in development: here is what would have gone out, newest first.</p>
      {messages.length === 0 && <p className="mt-6">No mail yet.</p>}
      <ol className="mt-6 space-y-4">
        {messages.map((message) => (
          <li key={message.id.toString()}>
            <article aria-label={`${message.subject} to ${message.recipient}`} className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
              <h2 className="font-semibold">{message.subject}</h2>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                To {message.recipient} · {message.createdAt.toISOString()} · {message.sentAt ? "delivered here" : `waiting (${message.attempts} attempts)`}
              </p>
              <pre className="mt-3 whitespace-pre-wrap break-all font-sans text-sm">{message.body}</pre>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
