"use client";

import { ButtonRefusal } from "@/components/ui/button-refusal";
import { useActionState, useState } from "react";
import { setFollow } from "@/lib/follows/actions";

type FollowButtonProps = { userId: string; username: string; following: boolean };

const styles = {
  follow: "bg-sky-700 text-white hover:bg-sky-800",
  // Hovering or focusing "Following" turns it red and says "Unfollow": pressing it unfollows.
  following:
    "border border-zinc-300 bg-white text-zinc-900 hover:border-rose-300 hover:bg-rose-50 hover:text-rose-800 focus-visible:border-rose-300 focus-visible:bg-rose-50 focus-visible:text-rose-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-rose-800 dark:hover:bg-rose-950 dark:hover:text-rose-200 dark:focus-visible:border-rose-800 dark:focus-visible:bg-rose-950 dark:focus-visible:text-rose-200",
};

/**
 * A toggle button for following someone. The form posts the wanted state, not
 * "toggle", so it works without JavaScript and a double click cannot undo
 * itself. While the request runs it shows what was asked for; afterwards the
 * page, revalidated by the action, passes the stored truth back in as
 * `following`, which is also what remains after a refusal, next to its message.
 */
export function FollowButton({ userId, username, following }: FollowButtonProps) {
  const [state, dispatch, pending] = useActionState(setFollow, null);
  const [wanted, setWanted] = useState(following);
  const shown = pending ? wanted : following;

  return (
    <form action={dispatch} onSubmit={() => setWanted(!shown)} className="flex shrink-0 flex-col items-end gap-1">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="follow" value={String(!shown)} />
      {/*
        A toggle keeps one name in both states and aria-pressed tells them apart: a screen reader
        says "Follow @ada, toggle button, pressed", and pressing it again unfollows. Sighted people
        get the same warning as text: "Following" reads "Unfollow" under the pointer and on keyboard
        focus (CSS only, so also before or without JavaScript).
      */}
      <button
        type="submit"
        aria-label={`Follow @${username}`}
        aria-pressed={shown}
        className={`group inline-flex min-w-24 items-center justify-center rounded-full px-4 py-1.5 text-sm font-semibold ${
          shown ? styles.following : styles.follow
        }`}
      >
        {shown ? (
          <>
            <span className="group-hover:hidden group-focus-visible:hidden">Following</span>
            <span className="hidden group-hover:inline group-focus-visible:inline">Unfollow</span>
          </>
        ) : (
          "Follow"
        )}
      </button>
      <ButtonRefusal state={state} />
    </form>
  );
}
