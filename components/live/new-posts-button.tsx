"use client";

/** "3 new posts", floating under the header at the top of the home feed; announced politely. */
export function NewPostsButton({ count, more, onShow }: { count: number; more: boolean; onShow: () => void }) {
  return (
    <div aria-live="polite" className="new-posts-bar">
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
