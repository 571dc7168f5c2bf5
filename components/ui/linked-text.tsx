import { IntentLink } from "@/components/ui/intent-link";
import { profileHref, tagHref } from "@/lib/routes";
import { linkParts, shortenedUrl } from "@/lib/validation/links";

/**
 * What someone typed, as text (React escapes it: markup is shown, never
 * interpreted), with its http(s) addresses as links (shown shortened), its
 * "#tag"s as links to their tag pages, and its "@name"s as links to those
 * profiles when the name is among `mentioned`: the accounts that exist and are
 * shown, which the page looked up for all its texts at once. Any other "@name"
 * stays text. Addresses are other people's: they open apart, earn no search
 * ranking (nofollow ugc) and get no handle on this page nor learn where the
 * reader came from. Styled by the .user-text around it (globals.css).
 */
export function LinkedText({ text, mentioned = [] }: { text: string; mentioned?: readonly string[] }) {
  return linkParts(text).map((part, index) => {
    switch (part.kind) {
      case "url": {
        const { hiddenStart, shown, hiddenEnd } = shortenedUrl(part.text);
        // Named as it is shown ("example.com/a/long/pat…"): browsers would join the hidden parts to
        // the shown one with spaces ("https:// example.com/a/long/pat h"), which a screen reader reads
        // as the words they make. The whole address is its title.
        const name = hiddenStart || hiddenEnd ? `${shown}${hiddenEnd ? "…" : ""}` : undefined;
        return (
          <a key={index} href={part.text} rel="nofollow ugc noopener noreferrer" target="_blank" title={part.text} aria-label={name}>
            {hiddenStart && <span className="link-hidden">{hiddenStart}</span>}
            {shown}
            {hiddenEnd && <span className="link-hidden link-cut">{hiddenEnd}</span>}
          </a>
        );
      }
      case "mention":
        return mentioned.includes(part.username) ? (
          <IntentLink key={index} href={profileHref(part.username)}>
            {part.text}
          </IntentLink>
        ) : (
          part.text
        );
      case "tag":
        return (
          <IntentLink key={index} href={tagHref(part.tag)}>
            {part.text}
          </IntentLink>
        );
      case "text":
        return part.text;
    }
  });
}
