"use client";

/** "3 new posts", floating under the header at the top of the home feed; announced politely. */
export function NewPostsButton({ count, more, onShow }: { count: number; more: boolean; onShow: () => void }) {
  return (
    <div aria-live="polite" className="sticky top-[calc(3.75rem+env(safe-area-inset-top))] z-30 flex h-0 justify-center overflow-visible sm:top-[calc(4.25rem+env(safe-area-inset-top))]">
      {count > 0 && (
        <button
          type="button"
          onClick={onShow}
          className="h-9 rounded-full bg-sky-700 px-4 text-sm font-medium text-white shadow-md hover:bg-sky-800 focus-visible:outline-offset-2 dark:bg-sky-600 dark:hover:bg-sky-500"
        >
          {count}
          {more ? "+" : ""} new {count === 1 && !more ? "post" : "posts"}
        </button>
      )}
    </div>
  );
}
