"use client";

import Link from "next/link";
import { FollowButton } from "@/components/follows/follow-button";
import { SuspensionButton } from "@/components/moderation/suspension-button";
import { AccountToggle } from "@/components/safety/account-toggle";
import { Avatar } from "@/components/ui/avatar";
import { LinkedText } from "@/components/ui/linked-text";
import { StaffBadge } from "@/components/ui/staff-badge";
import { loginUrl } from "@/lib/auth/callback-url";
import type { Profile } from "@/lib/profiles/queries";
import type { Relationship } from "@/lib/safety/queries";
import { followListHref, profileHref, reportHref } from "@/lib/routes";

const joined = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });
const suspendedOn = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

function Count({ value, label, href }: { value: number; label: string; href?: string }) {
  const content = (
    <>
      <strong>{value.toLocaleString("en")}</strong> {label}
    </>
  );
  return href ? (
    <Link href={href}>
      {content}
    </Link>
  ) : (
    <span>{content}</span>
  );
}

type ProfileHeaderProps = {
  profile: Profile;
  viewerId: string | null;
  viewerIsAdmin: boolean;
  viewerFollows: boolean;
  /** Whether the viewer blocks or mutes this account (lib/safety); absent for a suspended one. */
  relationship?: Relationship;
};

/**
 * Edit for your own profile, follow for someone else's, and a way in for
 * visitors who are not logged in. Admins can also suspend a regular account
 * or lift its suspension.
 */
/** Follow (unless blocked), block and mute someone else's profile. */
function PersonActions({ profile, viewerFollows, relationship }: Pick<ProfileHeaderProps, "profile" | "viewerFollows" | "relationship">) {
  const blocking = relationship?.blocking ?? false;
  return (
    <div className="profile-actions">
      {!blocking && <FollowButton userId={profile.id} username={profile.username} following={viewerFollows} />}
      <div className="profile-toggles">
        {!blocking && <AccountToggle kind="mute" userId={profile.id} username={profile.username} active={relationship?.muting ?? false} />}
        <AccountToggle kind="block" userId={profile.id} username={profile.username} active={blocking} />
      </div>
    </div>
  );
}

function ProfileAction({ profile, viewerId, viewerIsAdmin, viewerFollows, relationship }: ProfileHeaderProps) {
  if (viewerId === profile.id) {
    return (
      <Link href="/settings" className="outline-button">
        Edit profile
      </Link>
    );
  }
  if (viewerId) {
    const suspended = profile.suspendedAt !== null;
    const follow = !suspended && <PersonActions {...{ profile, viewerFollows, relationship }} />;
    if (!viewerIsAdmin || profile.role === "ADMIN") return follow;
    return (
      <div className="profile-actions">
        {follow}
        {/* Keyed by the state, so the form starts afresh with the other action. */}
        <SuspensionButton key={String(suspended)} userId={profile.id} username={profile.username} suspended={suspended} />
      </div>
    );
  }
  return (
    <Link href={loginUrl(profileHref(profile.username))} className="outline-button">
      Log in to follow
    </Link>
  );
}

/**
 * A client component, given the profile's data: a server component's markup
 * travels three times (HTML, RSC payload and the HTML's copy of it), its data
 * only twice and shorter (issue 11's page bytes).
 */
export function ProfileHeader(props: ProfileHeaderProps) {
  const { profile } = props;
  const { _count: counts } = profile;
  return (
    <section aria-label="Profile" className="profile">
      <div className="profile-top">
        <Avatar user={profile} size={96} />
        <ProfileAction {...props} />
      </div>
      <div className="profile-name">
        <h1>{profile.displayName}</h1>
        <StaffBadge role={profile.role} />
      </div>
      <p className="profile-handle">@{profile.username}</p>
      {profile.suspendedAt && (
        <p className="mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:bg-rose-950 dark:text-rose-100">
          <strong>Suspended</strong> since{" "}
          <time dateTime={profile.suspendedAt.toISOString()}>{suspendedOn.format(profile.suspendedAt)}</time>. Only
          admins see this profile; the account cannot log in, and its posts and comments are hidden.
        </p>
      )}
      {props.relationship?.blocking && (
        <p className="mt-3 rounded-lg bg-zinc-100 px-3 py-2 text-sm text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
          <strong>You blocked @{profile.username}.</strong> They cannot see your profile, posts or comments, nor follow or
          reply to you, and you do not see theirs. Unblocking does not bring back the follows, likes and reposts between you that
          the block ended.
        </p>
      )}
      {profile.bio && (
        <p className="user-text mt-3">
          <LinkedText text={profile.bio} mentioned={profile.bioMentioned} />
        </p>
      )}
      <p className="profile-joined">
        Joined <time dateTime={profile.createdAt.toISOString()}>{joined.format(profile.createdAt)}</time>
      </p>
      {props.viewerId && props.viewerId !== profile.id && !profile.suspendedAt && (
        <p className="profile-report">
          <Link href={reportHref("account", profile.id)}>
            Report @{profile.username}
          </Link>
        </p>
      )}
      <p className="profile-counts">
        <Count value={counts.posts} label={counts.posts === 1 ? "post" : "posts"} />
        <Count
          value={counts.followers}
          label={counts.followers === 1 ? "follower" : "followers"}
          href={followListHref(profile.username, "followers")}
        />
        <Count value={counts.following} label="following" href={followListHref(profile.username, "following")} />
      </p>
    </section>
  );
}
