export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="space-y-4 pt-2">
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} className="flex animate-pulse gap-3 py-4">
          <div className="size-10 rounded-full bg-zinc-200 dark:bg-zinc-800" />
          <div className="flex-1 space-y-2">
            <div className="h-3 w-1/3 rounded bg-zinc-200 dark:bg-zinc-800" />
            <div className="h-3 w-full rounded bg-zinc-200 dark:bg-zinc-800" />
            <div className="h-3 w-2/3 rounded bg-zinc-200 dark:bg-zinc-800" />
          </div>
        </div>
      ))}
    </div>
  );
}
