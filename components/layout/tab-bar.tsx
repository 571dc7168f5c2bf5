import type { CurrentUser } from "@/lib/auth/current-user";
import { Avatar } from "@/components/ui/avatar";
import { NavIcon } from "./nav-icons";
import { NavLink } from "./nav-link";
import { profileHref } from "@/lib/routes";

/**
 * The phones' navigation, fixed to the bottom of the screen above the home
 * indicator (safe-area inset); the page's own bottom padding keeps content
 * clear of it (SiteFooter). Hidden from the `sm` width up, where the header
 * has room for everything. Styled in app/styles/navigation.css.
 */
export function TabBar({ user }: { user: CurrentUser | null }) {
  return (
    <nav aria-label="Main" className="tab-bar">
      <ul>
        <Tab href="/" icon={<NavIcon name="home" />} label="Home" />
        <Tab href="/explore" icon={<NavIcon name="explore" />} label="Explore" />
        {user && (
          <li>
            <NavLink href="/compose" aria-label="New post" className="compose-tab">
              <NavIcon name="compose" />
            </NavLink>
          </li>
        )}
        <Tab href="/search" icon={<NavIcon name="search" />} label="Search" />
        {/* Notifications gets its tab here, between Search and Profile, once it exists. */}
        {user && <Tab href={profileHref(user.username)} icon={<Avatar user={user} size={24} />} label="Profile" />}
      </ul>
    </nav>
  );
}

function Tab({ href, icon, label }: { href: string; icon: React.ReactNode; label: string }) {
  return (
    <li>
      <NavLink href={href} className="tab">
        {icon}
        {label}
      </NavLink>
    </li>
  );
}
