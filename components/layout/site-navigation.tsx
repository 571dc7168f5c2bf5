"use client";

import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { logOut } from "@/lib/accounts/actions";
import { LogOutForm } from "./log-out-form";
import { NavIcon } from "./nav-icons";
import { NavLink } from "./nav-link";
import { NotificationBell } from "./notification-bell";
import { type NavigationUser, TabBar } from "./tab-bar";
import { BOOKMARKS_PATH, NOTIFICATIONS_PATH, profileHref } from "@/lib/routes";

/**
 * The site's navigation, styled in app/styles/navigation.css. From the `sm`
 * width up, one header holds everything. On phones the header keeps only the
 * name and the account links, and the sections move to a tab bar at the
 * bottom of the screen (TabBar). Each shows only at its widths (CSS), so
 * assistive technology meets one "Main" navigation.
 * `online: false` while the database is unreachable: the account links are left out.
 * Client code rendered from a few props (SiteHeader), so that every page's RSC
 * payload carries those rather than the whole navigation, twice over with the
 * HTML's inline copy (issue 11's page bytes).
 */
export function SiteNavigation({ user, unread, online }: { user: NavigationUser | null; unread: number; online: boolean }) {
  return (
    <>
      <header className="site-header">
        <div>
          <Link href="/" className="site-name">
            Commons
          </Link>
          <nav aria-label="Main" className="sections">
            <ul>
              <li>
                <NavLink href="/">Home</NavLink>
              </li>
              <li>
                <NavLink href="/explore">Explore</NavLink>
              </li>
              <li>
                <NavLink href="/search">Search</NavLink>
              </li>
            </ul>
          </nav>
          {user ? (
            // data-account: whose drafts the page's text boxes keep (components/ui/use-counted-text.ts).
            <div className="account" data-account={user.username}>
              {/* Not prefetched: opening the page marks the notifications read. On phones, the tab bar has it. */}
              <NavLink href={NOTIFICATIONS_PATH} prefetch={false} className="account-link bell-link">
                <NotificationBell unread={unread} />
                <span className="sr-only">Notifications</span>
              </NavLink>
              <AccountLink href={BOOKMARKS_PATH} icon="bookmarks" label="Bookmarks" />
              <AccountLink href="/settings" icon="settings" label="Settings" />
              <LogOutForm logOut={logOut} />
              {/* On phones, the tab bar's Profile tab leads here. */}
              <NavLink href={profileHref(user.username)} className="profile-link">
                <Avatar user={user} size={32} label="Your profile" />
              </NavLink>
            </div>
          ) : online ? (
            <div className="account">
              <NavLink href="/login" className="account-link">
                Log in
              </NavLink>
              <NavLink href="/signup" className="sign-up-link">
                Sign up
              </NavLink>
            </div>
          ) : null}
        </div>
      </header>
      <TabBar user={user} unread={unread} />
    </>
  );
}

/**
 * An icon alone below the `md` width, where the header is narrow (with the sections beside them,
 * the words left no room for the profile picture up to 670 px); its name stays `label` for everyone.
 */
function AccountLink({ href, icon, label }: { href: string; icon: "bookmarks" | "settings"; label: string }) {
  return (
    <NavLink href={href} className="account-link">
      <span className="md:hidden">
        <NavIcon name={icon} />
      </span>
      <span className="sr-only md:not-sr-only">{label}</span>
    </NavLink>
  );
}
