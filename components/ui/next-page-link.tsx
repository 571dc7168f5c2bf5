import Link from "next/link";

/** The link to the next page of a keyset-paged list ("Earlier versions", "Older quotes"), centred below it. */
export function NextPageLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <nav aria-label="Pagination" className="mt-6 text-center">
      <Link
        href={href}
        className="page-link"
      >
        {children}
      </Link>
    </nav>
  );
}
