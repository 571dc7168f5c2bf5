import Link from "next/link";

/** "← Back" at the top of a page. */
export function BackLink({ href, children = "Back" }: { href: string; children?: string }) {
  return (
    <Link href={href} className="back-link">
      <span aria-hidden="true">←</span> {children}
    </Link>
  );
}
