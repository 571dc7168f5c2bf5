const URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;

/**
 * Renders a post's text as text: React escapes it, so markup typed by users
 * is shown, never interpreted. URLs become links; line breaks are kept.
 */
export function PostText({ text }: { text: string }) {
  // A post of images alone has no text, and no empty paragraph to space it out.
  if (text === "") return null;
  const parts = text.split(URL_PATTERN);
  return (
    <p className="whitespace-pre-wrap break-words">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a
            key={index}
            href={part}
            rel="nofollow noopener ugc"
            target="_blank"
            className="text-sky-700 underline decoration-sky-700/30 hover:decoration-sky-700 dark:text-sky-400"
          >
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
