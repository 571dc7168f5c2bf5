/** Said above a list's "Try again" when its next page did not come: the list stays as it was. */
export function LoadFailedMessage({ what }: { what: string }) {
  return (
    <p role="alert" className="mb-3 text-sm text-rose-700 dark:text-rose-400">
      {what} could not be loaded. Check your connection and try again.
    </p>
  );
}
