import Link from "next/link";

/** "← Back" at the top of a page. */
export function BackLink({ href, children = "Back" }: { href: string; children?: string }) {
  return (
    <Link
      href={href}
      className="-ml-2 mb-3 inline-flex items-center gap-1 rounded-full px-2 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-900"
    >
      <span aria-hidden="true">←</span> {children}
    </Link>
  );
}
