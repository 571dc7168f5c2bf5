import { currentUnreadCount, getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { UNREAD_SHOWN_MAX } from "@/lib/notifications/schema";
import { countOpenReportTargets } from "@/lib/reports/queries";
import { SiteNavigation } from "./site-navigation";

/**
 * The site's navigation (SiteNavigation) for whoever is signed in.
 * `online: false` while the database is unreachable: no one is looked up.
 */
export async function SiteHeader({ online }: { online: boolean }) {
  const user = online ? await getCurrentUser() : null;
  const unread = user ? await currentUnreadCount() : 0;
  // Asked for admins alone: everyone else's pages make no more queries.
  const openReports = user && isAdmin(user) ? await countOpenReportTargets(UNREAD_SHOWN_MAX + 1) : null;
  const shown = user && { username: user.username, displayName: user.displayName, avatarKey: user.avatarKey };
  return <SiteNavigation user={shown} unread={unread} openReports={openReports} online={online} />;
}
