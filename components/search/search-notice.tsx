/** The box shown instead of results: a prompt before searching, or why nothing was found. */
export function SearchNotice({ children }: { children: React.ReactNode }) {
  return (
    <div className="mt-6 space-y-2 rounded-xl border border-dashed border-zinc-300 p-8 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
      {children}
    </div>
  );
}
