import Link from "next/link";

/** What your own profile says before your first post: to you, and where to write one. */
export function OwnEmptyProfile() {
  return (
    <div className="space-y-2">
      <p className="font-medium text-zinc-900 dark:text-zinc-100">You haven’t posted yet.</p>
      <p>
        <Link href="/compose" className="font-medium text-sky-700 underline dark:text-sky-400">
          Write your first post
        </Link>
      </p>
    </div>
  );
}
