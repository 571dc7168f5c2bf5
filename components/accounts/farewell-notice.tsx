/**
 * What someone sees right after deleting their account (the action sends them
 * to "/?farewell=1"): that it worked, what went with it, and that their
 * username stays theirs in the sense that nobody else can take it.
 */
export function FarewellNotice() {
  return (
    <section
      role="status"
      aria-labelledby="farewell-heading"
      className="mb-4 rounded-2xl border border-emerald-200 bg-emerald-50 p-5 text-emerald-950 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-50"
    >
      <h2 id="farewell-heading" className="text-lg font-semibold">
        Your account has been deleted
      </h2>
      <p className="mt-1">
        Your profile, posts, comments, likes and follows are gone, and you have been logged out. Your username stays
        reserved, so no one else can ever use it. Thank you for being part of Commons.
      </p>
    </section>
  );
}
