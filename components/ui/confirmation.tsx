/**
 * A confirmation page's frame: the question as the page's heading, what
 * happens, and what it happens to (children), then its ConfirmForm.
 */
export function Confirmation({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="confirmation-title" className="rounded-2xl border border-zinc-200 p-5 sm:p-6 dark:border-zinc-800">
      <h1 id="confirmation-title" className="text-2xl font-bold tracking-tight">
        {title}
      </h1>
      {children}
    </section>
  );
}

/** What is about to go, quoted as its readers saw it. */
export function ConfirmationQuote({ byline, children }: { byline: string; children: React.ReactNode }) {
  return (
    <figure className="mt-4 rounded-xl bg-zinc-50 p-4 dark:bg-zinc-900">
      <figcaption className="text-sm font-semibold">{byline}</figcaption>
      <blockquote className="mt-1">{children}</blockquote>
    </figure>
  );
}

export const confirmationTextStyle = "mt-2 text-zinc-700 dark:text-zinc-300";
