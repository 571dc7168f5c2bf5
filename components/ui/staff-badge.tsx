import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Shown after an admin's name. A drawing with an accessible name, not a
 * character: nothing typed into a display name can produce it (and names may
 * not contain check marks or staff titles, see lib/accounts/schema.ts).
 */
export function StaffBadge({ role }: { role: Role }) {
  if (role !== "ADMIN") return null;
  return (
    <span role="img" aria-label="Staff" title="Staff" className="inline-flex shrink-0 self-center rounded-full bg-sky-700 p-0.5 text-white">
      <svg viewBox="0 0 16 16" aria-hidden="true" className="h-3.5 w-3.5" fill="currentColor">
        <path d="M8 1 2.5 3v4.5c0 3.3 2.3 6.3 5.5 7.5 3.2-1.2 5.5-4.2 5.5-7.5V3L8 1Zm-.9 9.6L4.6 8.1l1-1 1.5 1.5 3.3-3.3 1 1-4.3 4.3Z" />
      </svg>
    </span>
  );
}
