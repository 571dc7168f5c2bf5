import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import type { Profile } from "@/lib/profiles/queries";

const joined = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

function Count({ value, label }: { value: number; label: string }) {
  return (
    <span>
      <strong className="font-semibold text-zinc-900 dark:text-zinc-100">{value.toLocaleString("en")}</strong> {label}
    </span>
  );
}

export function ProfileHeader({ profile, isOwn }: { profile: Profile; isOwn: boolean }) {
  const { _count: counts } = profile;
  return (
    <section aria-label="Profile" className="border-b border-zinc-200 pb-6 dark:border-zinc-800">
      <div className="flex items-start justify-between gap-4">
        <Avatar user={profile} size={96} />
        {isOwn && (
          <Link
            href="/settings"
            className="rounded-full border border-zinc-300 px-4 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
          >
            Edit profile
          </Link>
        )}
      </div>
      <h1 className="mt-4 text-2xl font-bold tracking-tight">{profile.displayName}</h1>
      <p className="text-zinc-600 dark:text-zinc-400">@{profile.username}</p>
      {profile.bio && <p className="mt-3 whitespace-pre-wrap break-words">{profile.bio}</p>}
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
        Joined <time dateTime={profile.createdAt.toISOString()}>{joined.format(profile.createdAt)}</time>
      </p>
      <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <Count value={counts.posts} label={counts.posts === 1 ? "post" : "posts"} />
        <Count value={counts.followers} label={counts.followers === 1 ? "follower" : "followers"} />
        <Count value={counts.following} label="following" />
      </p>
    </section>
  );
}
