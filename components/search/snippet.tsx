import { Fragment } from "react";
import type { SnippetPart } from "@/lib/search/highlight";

/** A post excerpt with the matched words marked; React escapes every part as text. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) =>
    part.highlighted ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-zinc-950 dark:bg-amber-300">
        {part.text}
      </mark>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
