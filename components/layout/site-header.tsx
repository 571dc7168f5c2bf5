import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { logOut } from "@/lib/accounts/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LogOutButton } from "./log-out-button";
import { BookmarksIcon, SettingsIcon } from "./nav-icons";
import { NavLink } from "./nav-link";
import { TabBar } from "./tab-bar";
import { profileHref } from "@/lib/routes";

// The page being shown is marked with aria-current="page" (see NavLink) and styled from it.
const desktopLink =
  "block rounded px-2 py-1 text-zinc-600 hover:text-zinc-900 aria-[current=page]:bg-zinc-100 aria-[current=page]:font-semibold aria-[current=page]:text-zinc-900 dark:text-zinc-300 dark:hover:text-white dark:aria-[current=page]:bg-zinc-800 dark:aria-[current=page]:text-white";
const accountLink =
  "inline-flex min-h-10 items-center gap-1.5 whitespace-nowrap rounded px-2 text-zinc-600 hover:text-zinc-900 aria-[current=page]:font-semibold aria-[current=page]:text-sky-700 dark:text-zinc-300 dark:hover:text-white dark:aria-[current=page]:text-sky-400";

/**
 * The site's navigation. From the `sm` width up, one header holds everything.
 * On phones the header keeps only the name and the account links, and the
 * sections move to a tab bar at the bottom of the screen (TabBar). Each shows
 * only at its widths (CSS), so assistive technology meets one "Main" navigation.
 * `online: false` while the database is unreachable: the account links are left out.
 */
export async function SiteHeader({ online }: { online: boolean }) {
  const user = online ? await getCurrentUser() : null;
  return (
    <>
      <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/90 pt-[env(safe-area-inset-top)] backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
        <div className="mx-auto flex h-12 max-w-2xl items-center gap-3 pl-[max(1rem,env(safe-area-inset-left))] pr-[max(1rem,env(safe-area-inset-right))] text-sm font-medium sm:h-14">
          <Link href="/" className="text-lg font-bold tracking-tight">
            Commons
          </Link>
          <nav aria-label="Main" className="hidden sm:block">
            <ul className="flex items-center gap-1">
              <li>
                <NavLink href="/" className={desktopLink}>
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink href="/explore" className={desktopLink}>
                  Explore
                </NavLink>
              </li>
              <li>
                <NavLink href="/search" className={desktopLink}>
                  Search
                </NavLink>
              </li>
            </ul>
          </nav>
          {user ? (
            <div className="ml-auto flex items-center gap-1">
              <AccountLink href="/bookmarks" icon={<BookmarksIcon />} label="Bookmarks" />
              <AccountLink href="/settings" icon={<SettingsIcon />} label="Settings" />
              <form action={logOut}>
                <LogOutButton className={accountLink} />
              </form>
              {/* On phones, the tab bar's Profile tab leads here. */}
              <NavLink
                href={profileHref(user.username)}
                aria-label="Your profile"
                className="ml-1 hidden rounded-full ring-offset-2 ring-offset-white aria-[current=page]:ring-2 aria-[current=page]:ring-sky-600 sm:block dark:ring-offset-zinc-950 dark:aria-[current=page]:ring-sky-400"
              >
                <Avatar user={user} size={32} />
              </NavLink>
            </div>
          ) : online ? (
            <div className="ml-auto flex items-center gap-2">
              <NavLink href="/login" className={accountLink}>
                Log in
              </NavLink>
              <NavLink
                href="/signup"
                className="whitespace-nowrap rounded-full bg-sky-700 px-3 py-1.5 font-semibold text-white hover:bg-sky-800 aria-[current=page]:ring-2 aria-[current=page]:ring-sky-300"
              >
                Sign up
              </NavLink>
            </div>
          ) : null}
        </div>
      </header>
      <TabBar user={user} />
    </>
  );
}

/** An icon alone on phones, where the header is narrow; its name stays `label` for everyone. */
function AccountLink({ href, icon, label }: { href: string; icon: React.ReactNode; label: string }) {
  return (
    <NavLink href={href} className={accountLink}>
      <span className="sm:hidden">{icon}</span>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </NavLink>
  );
}
