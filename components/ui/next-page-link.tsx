import Link from "next/link";

/** The link to the next page of a keyset-paged list ("Earlier versions", "Older quotes"), centred below it. */
export function NextPageLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <nav aria-label="Pagination" className="mt-6 text-center">
      <Link
        href={href}
        className="inline-block rounded-full border border-zinc-300 px-5 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
      >
        {children}
      </Link>
    </nav>
  );
}
