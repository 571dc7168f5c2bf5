/**
 * The dashed box a list shows when it has nothing in it. Narrower sides on a phone: the home
 * feed's box holds follow suggestions, whose names would otherwise be cut to a few letters.
 */
export const emptyStateStyle =
  "mt-6 rounded-xl border border-dashed border-zinc-300 px-4 py-8 text-center text-zinc-600 sm:px-8 dark:border-zinc-700 dark:text-zinc-400";
