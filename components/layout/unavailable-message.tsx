/**
 * The words of every "the service is down" page: the error pages (client,
 * with a digest) and the notice the root layout renders on the server while
 * the database is unreachable (lib/db-circuit.ts).
 */
export function UnavailableMessage({ reference, children }: { reference?: string; children: React.ReactNode }) {
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-3xl font-bold">Temporarily unavailable</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">Something went wrong on our side. Please try again in a moment.</p>
      {reference && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Reference: {reference}</p>}
      <div className="mt-6">{children}</div>
    </div>
  );
}

export const retryStyle =
  "inline-block rounded-full bg-zinc-900 px-5 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200";
