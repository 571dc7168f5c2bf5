import { IntentLink } from "@/components/ui/intent-link";
import { StaffBadge } from "@/components/ui/staff-badge";
import type { Role } from "@/lib/generated/prisma/enums";
import { profileHref } from "@/lib/routes";

type Person = { username: string; displayName: string; role: Role; bio: string | null };

/** A person's names (linking to their profile), staff badge and bio, as lists of people show them. */
export function PersonSummary({ person }: { person: Person }) {
  return (
    <div className="min-w-0 flex-1">
      <div className="flex items-start gap-1.5">
        <IntentLink href={profileHref(person.username)} className="group block min-w-0 rounded">
          <bdi className="block truncate font-semibold group-hover:underline">{person.displayName}</bdi>
          <span className="block truncate text-sm text-zinc-600 dark:text-zinc-400">@{person.username}</span>
        </IntentLink>
        <StaffBadge role={person.role} />
      </div>
      {/* In its own direction, as on the profile: a Hebrew bio runs from the right. A bio is short, so dir="auto" is cheap. */}
      {person.bio && (
        <p dir="auto" className="mt-1 line-clamp-2 break-words text-sm">
          {person.bio}
        </p>
      )}
    </div>
  );
}
