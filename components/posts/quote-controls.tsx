import { IntentLink } from "@/components/ui/intent-link";
import { postQuotesHref, quotePostHref } from "@/lib/routes";

/**
 * On a post card: "Quote" opens the composer with the post in it (a plain
 * link, so it works without JavaScript; the composer asks a visitor to log
 * in), and the number of quotes leads to them, hidden at zero like the others.
 */
export function QuoteControls({ postId, quoteCount }: { postId: string; quoteCount: number }) {
  // .quote-mark draws the quotation marks (globals.css).
  const quote = <IntentLink href={quotePostHref(postId)} className="pill quote-mark" aria-label="Quote this post" />;
  if (quoteCount === 0) return quote;
  // One item of the footer, so that a narrow card wraps the two together, never the count alone onto the next line.
  return (
    <span className="inline-flex items-center">
      {quote}
      <IntentLink href={postQuotesHref(postId)} className="pill -ml-2" aria-label={`${quoteCount} ${quoteCount === 1 ? "quote" : "quotes"}`}>
        {quoteCount}
      </IntentLink>
    </span>
  );
}
