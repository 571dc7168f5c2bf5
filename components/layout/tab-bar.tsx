import type { CurrentUser } from "@/lib/auth/current-user";
import { Avatar } from "@/components/ui/avatar";
import { ComposeIcon, ExploreIcon, HomeIcon, SearchIcon } from "./nav-icons";
import { NavLink } from "./nav-link";
import { profileHref } from "@/lib/routes";

const tab =
  "flex h-14 flex-col items-center justify-center gap-0.5 text-xs font-medium text-zinc-600 hover:text-zinc-900 aria-[current=page]:font-bold aria-[current=page]:text-sky-700 dark:text-zinc-400 dark:hover:text-white dark:aria-[current=page]:text-sky-400";

/**
 * The phones' navigation, fixed to the bottom of the screen above the home
 * indicator (safe-area inset); the page's own bottom padding keeps content
 * clear of it (SiteFooter). Hidden from the `sm` width up, where the header
 * has room for everything.
 */
export function TabBar({ user }: { user: CurrentUser | null }) {
  return (
    <nav
      aria-label="Main"
      className="fixed inset-x-0 bottom-0 z-40 border-t border-zinc-200 bg-white/95 pb-[env(safe-area-inset-bottom)] pl-[env(safe-area-inset-left)] pr-[env(safe-area-inset-right)] backdrop-blur sm:hidden dark:border-zinc-800 dark:bg-zinc-950/95"
    >
      <ul className="mx-auto flex max-w-md items-stretch">
        <Tab href="/" icon={<HomeIcon />} label="Home" />
        <Tab href="/explore" icon={<ExploreIcon />} label="Explore" />
        {user && (
          <li className="flex flex-1 items-center justify-center">
            <NavLink
              href="/compose"
              aria-label="New post"
              className="flex size-11 items-center justify-center rounded-full bg-sky-700 text-white shadow hover:bg-sky-800 aria-[current=page]:ring-2 aria-[current=page]:ring-sky-300 aria-[current=page]:ring-offset-2 dark:ring-offset-zinc-950"
            >
              <ComposeIcon />
            </NavLink>
          </li>
        )}
        <Tab href="/search" icon={<SearchIcon />} label="Search" />
        {/* Notifications gets its tab here, between Search and Profile, once it exists. */}
        {user && <Tab href={profileHref(user.username)} icon={<Avatar user={user} size={24} />} label="Profile" />}
      </ul>
    </nav>
  );
}

function Tab({ href, icon, label }: { href: string; icon: React.ReactNode; label: string }) {
  return (
    <li className="flex-1">
      <NavLink href={href} className={tab}>
        {icon}
        {label}
      </NavLink>
    </li>
  );
}
