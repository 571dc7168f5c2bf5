import Link from "next/link";
import { profileHref } from "@/lib/routes";
import { linkParts } from "@/lib/validation/links";

/**
 * What someone typed, as text (React escapes it: markup is shown, never
 * interpreted), with its http(s) addresses as links and, with `mentions`, its
 * "@name"s as links to those profiles. Addresses are other people's: they
 * open apart, earn no search ranking (nofollow ugc) and get no handle on this page.
 * Styled by the .user-text around it (globals.css).
 */
export function LinkedText({ text, mentions = false }: { text: string; mentions?: boolean }) {
  return linkParts(text, { mentions }).map((part, index) => {
    if (part.kind === "url") {
      return (
        <a key={index} href={part.text} rel="nofollow ugc noopener" target="_blank">
          {part.text}
        </a>
      );
    }
    if (part.kind === "mention") {
      return (
        <Link key={index} href={profileHref(part.username)}>
          {part.text}
        </Link>
      );
    }
    return part.text;
  });
}
