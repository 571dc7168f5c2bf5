"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentPath } from "./current-path";

type NavLinkProps = Omit<React.ComponentProps<typeof Link>, "href"> & { href: string };

/**
 * A link that says when it leads to the page being shown (aria-current="page",
 * styled with `aria-[current=page]:`). The only client code of the navigation:
 * the layout around it is not re-rendered on client-side navigations, so the
 * current address comes from the router. The server's HTML already carries
 * the mark, so it shows without JavaScript too.
 */
export function NavLink({ href, ...props }: NavLinkProps) {
  const pathname = usePathname();
  return <Link href={href} aria-current={isCurrentPath(pathname, href) ? "page" : undefined} {...props} />;
}
