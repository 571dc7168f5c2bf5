"use client";

import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { logOut } from "@/lib/accounts/actions";
import { LogOutForm } from "./log-out-form";
import { NavIcon } from "./nav-icons";
import { NavLink } from "./nav-link";
import { NotificationBell } from "./notification-bell";
import { type NavigationUser, TabBar } from "./tab-bar";
import { unreadLabel } from "@/lib/notifications/schema";
import { BOOKMARKS_PATH, NOTIFICATIONS_PATH, adminReportsHref, profileHref } from "@/lib/routes";

/**
 * The site's navigation, styled in app/styles/navigation.css. From the `sm`
 * width up, one header holds everything. On phones the header keeps only the
 * name and the account links, and the sections move to a tab bar at the
 * bottom of the screen (TabBar). Each shows only at its widths (CSS), so
 * assistive technology meets one "Main" navigation.
 * `online: false` while the database is unreachable: the account links are left out.
 * `openReports`: for an admin, how many reports wait in the moderation queue; null for anyone else.
 * Client code rendered from a few props (SiteHeader), so that every page's RSC
 * payload carries those rather than the whole navigation, twice over with the
 * HTML's inline copy (issue 11's page bytes).
 */
type SiteNavigationProps = { user: NavigationUser | null; unread: number; openReports: number | null; online: boolean };

export function SiteNavigation({ user, unread, openReports, online }: SiteNavigationProps) {
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
              {openReports !== null && <ModerationLink openReports={openReports} />}
              <AccountLink href={BOOKMARKS_PATH} icon="bookmarks" label="Bookmarks" iconOnly={openReports !== null} />
              <AccountLink href="/settings" icon="settings" label="Settings" iconOnly={openReports !== null} />
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
 * the words left no room for the profile picture up to 670 px), and at every width when `iconOnly`
 * (an admin's header, which holds one link more); its name stays `label` for everyone.
 */
function AccountLink({ href, icon, label, iconOnly }: { href: string; icon: "bookmarks" | "settings"; label: string; iconOnly: boolean }) {
  return (
    <NavLink href={href} className="account-link">
      <span className={iconOnly ? undefined : "md:hidden"}>
        <NavIcon name={icon} />
      </span>
      <span className={iconOnly ? "sr-only" : "sr-only md:not-sr-only"}>{label}</span>
    </NavLink>
  );
}

/** An admin's way to the moderation queue, with how many posts, comments and accounts wait in it. */
function ModerationLink({ openReports }: { openReports: number }) {
  return (
    <NavLink href={adminReportsHref()} className="account-link moderation-link">
      <span className="relative flex">
        <NavIcon name="moderation" />
        {openReports > 0 && (
          <span className="unread-badge">
            {unreadLabel(openReports)}
            <span className="sr-only">{openReports === 1 ? " open report" : " open reports"}</span>
          </span>
        )}
      </span>
      <span className="sr-only">Moderation</span>
    </NavLink>
  );
}
