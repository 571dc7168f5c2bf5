import { Fragment } from "react";
import type { Excerpt } from "@/lib/search/excerpt";

/**
 * A post excerpt with the matched words marked, and "…" wherever the post goes
 * on beyond it. React escapes every part as text.
 */
export function Snippet({ excerpt: { parts, cutBefore, cutAfter } }: { excerpt: Excerpt }) {
  return (
    <>
      {cutBefore && "…"}
      {parts.map((part, index) =>
        part.highlighted ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-zinc-950 dark:bg-amber-300">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
      {cutAfter && "…"}
    </>
  );
}
