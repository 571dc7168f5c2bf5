import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { StaffBadge } from "@/components/ui/staff-badge";
import type { PersonResult } from "@/lib/search/queries";

/** People found by a search, each linking to their profile. */
export function PeopleResults({ people }: { people: PersonResult[] }) {
  return (
    <ul>
      {people.map((person) => (
        <li key={person.id} className="flex gap-3 border-b border-zinc-200 py-3 dark:border-zinc-800">
          <Avatar user={person} />
          <div className="min-w-0 flex-1">
            <div className="flex items-start gap-1.5">
              <Link href={`/@${person.username}`} className="group block min-w-0">
                <span className="font-semibold group-hover:underline">{person.displayName}</span>
                <span className="block text-sm text-zinc-600 dark:text-zinc-400">@{person.username}</span>
              </Link>
              <StaffBadge role={person.role} />
            </div>
            {person.bio && <p className="mt-1 line-clamp-2 break-words text-sm">{person.bio}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
