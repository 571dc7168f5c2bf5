import Link from "next/link";
import { MUTED_WORDS_HREF } from "@/lib/routes";

/**
 * What an empty page says when the reader's own muted words emptied it (as Mastodon's "Filtered"
 * notice does): `children` names what is hidden; the link leads to the words, to change them.
 */
export function HiddenByMutedWords({ children }: { children: React.ReactNode }) {
  return (
    <div className="space-y-2">
      <p className="font-medium text-zinc-900 dark:text-zinc-100">{children}</p>
      <p>
        <Link href={MUTED_WORDS_HREF} className="font-medium text-sky-700 underline dark:text-sky-400">
          Review your muted words
        </Link>
      </p>
    </div>
  );
}
