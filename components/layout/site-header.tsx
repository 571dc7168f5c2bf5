import { currentUnreadCount, getCurrentUser } from "@/lib/auth/current-user";
import { SiteNavigation } from "./site-navigation";

/**
 * The site's navigation (SiteNavigation) for whoever is signed in.
 * `online: false` while the database is unreachable: no one is looked up.
 */
export async function SiteHeader({ online }: { online: boolean }) {
  const user = online ? await getCurrentUser() : null;
  const unread = user ? await currentUnreadCount() : 0;
  const shown = user && { username: user.username, displayName: user.displayName, avatarKey: user.avatarKey };
  return <SiteNavigation user={shown} unread={unread} online={online} />;
}
