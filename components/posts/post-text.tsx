const URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;

/**
 * Renders a post's text as text: React escapes it, so markup typed by users
 * is shown, never interpreted. URLs become links; line breaks are kept
 * (.user-text in globals.css).
 */
export function PostText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <p className="user-text">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a
            key={index}
            href={part}
            rel="nofollow noopener ugc"
            target="_blank"
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
