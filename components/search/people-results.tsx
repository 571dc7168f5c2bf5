import { Avatar } from "@/components/ui/avatar";
import { PersonSummary } from "@/components/profiles/person-summary";
import type { PersonResult } from "@/lib/search/queries";

/** People found by a search, each linking to their profile. */
export function PeopleResults({ people }: { people: PersonResult[] }) {
  return (
    <ul>
      {people.map((person) => (
        <li key={person.id} className="flex items-start gap-3 border-b border-zinc-200 py-3 dark:border-zinc-800">
          <Avatar user={person} />
          <PersonSummary person={person} />
        </li>
      ))}
    </ul>
  );
}
