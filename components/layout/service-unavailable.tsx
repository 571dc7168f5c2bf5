"use client";

/**
 * What a page shows when the server failed to render it (most often because
 * the database is unreachable). The digest is the reference the server logs
 * next to the real error, so a report can be matched without showing details.
 */
export function ServiceUnavailable({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-3xl font-bold">Temporarily unavailable</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">Something went wrong on our side. Please try again in a moment.</p>
      {digest && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Reference: {digest}</p>}
      <button
        type="button"
        onClick={onRetry}
        className="mt-6 rounded-full bg-zinc-900 px-5 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
      >
        Try again
      </button>
    </div>
  );
}
