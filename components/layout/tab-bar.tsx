import { Avatar } from "@/components/ui/avatar";
import { NavIcon } from "./nav-icons";
import { NavLink } from "./nav-link";
import { NotificationBell } from "./notification-bell";
import { NOTIFICATIONS_PATH, profileHref } from "@/lib/routes";

/**
 * The phones' navigation, fixed to the bottom of the screen above the home
 * indicator (safe-area inset); the page's own bottom padding keeps content
 * clear of it (SiteFooter). Hidden from the `sm` width up, where the header
 * has room for everything. Styled in app/styles/navigation.css.
 */
/** What the navigation shows of the signed-in reader: the avatar, and the profile it leads to. */
export type NavigationUser = { username: string; displayName: string; avatarKey: string | null };

export function TabBar({ user, unread }: { user: NavigationUser | null; unread: number }) {
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
        {user && <Tab href={NOTIFICATIONS_PATH} icon={<NotificationBell unread={unread} />} label="Notifications" prefetch={false} />}
        {user && <Tab href={profileHref(user.username)} icon={<Avatar user={user} size={24} />} label="Profile" />}
      </ul>
    </nav>
  );
}

function Tab({ href, icon, label, prefetch }: { href: string; icon: React.ReactNode; label: string; prefetch?: false }) {
  return (
    <li>
      <NavLink href={href} prefetch={prefetch} className="tab">
        {icon}
        {label}
      </NavLink>
    </li>
  );
}
