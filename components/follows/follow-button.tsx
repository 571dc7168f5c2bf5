"use client";

import { ButtonRefusal } from "@/components/ui/button-refusal";
import { submitByScript } from "@/components/ui/submit-by-script";
import { useState } from "react";
import { setFollow, setFollowFromForm } from "@/lib/follows/actions";
import { useFormAction } from "@/components/ui/unanswered-request";

/** What the form posts to without JavaScript; its answer is not read there (the page comes back re-rendered). */
const followWithoutScript: (formData: FormData) => void = setFollowFromForm;

type FollowButtonProps = { userId: string; username: string; following: boolean };

/**
 * A toggle button for following someone. The form posts the wanted state, not
 * "toggle", so it works without JavaScript and a double click cannot undo
 * itself. While the request runs it shows what was asked for; afterwards the
 * page, revalidated by the action, passes the stored truth back in as
 * `following`, which is also what remains after a refusal, next to its message.
 * A row the page keeps after the server left it out (KeptRows: one's own Following list)
 * gets no new `following`: there the answer itself says what is true, until `following` changes.
 * Without JavaScript the form posts to setFollowFromForm (submitByScript).
 */
export function FollowButton({ userId, username, following }: FollowButtonProps) {
  const [state, dispatch, pending] = useFormAction(setFollow, null);
  const [wanted, setWanted] = useState(following);
  // What the newest accepted answer says, until `following` changes: a refusal leaves it as it was.
  const [accepted, setAccepted] = useState<boolean | null>(null);
  const [seenAnswer, setSeenAnswer] = useState(state);
  const [given, setGiven] = useState(following);
  if (state !== seenAnswer) {
    setSeenAnswer(state);
    if (state?.ok) setAccepted(state.following);
  }
  if (following !== given) {
    setGiven(following);
    setAccepted(null);
  }
  const shown = pending ? wanted : (accepted ?? following);

  return (
    <form
      action={followWithoutScript}
      onSubmit={(event) => {
        setWanted(!shown);
        submitByScript(dispatch)(event);
      }}
      className="flex shrink-0 flex-col items-end gap-1"
    >
      <input type="hidden" name="userId" value={userId} />
      {/*
        Named by what it shows, as speech control needs ("click Following"), plus whom it is for,
        which only a screen reader hears: "Following @ada, toggle button, pressed", and pressing it
        again unfollows. Sighted people get the same warning: "Following" reads "Unfollow" under the
        pointer and on keyboard focus (CSS only, so also before or without JavaScript), and so does
        the name then.
      */}
      <button
        type="submit"
        name="follow"
        value={String(!shown)}
        aria-pressed={shown}
        // Styled by its pressed state (.follow-button in app/styles/profile.css): a profile and each row of a list of people have one.
        className="group follow-button"
      >
        {shown ? (
          <>
            <span>Following</span>
            <span>Unfollow</span>
          </>
        ) : (
          "Follow"
        )}
        <span className="sr-only">{` @${username}`}</span>
      </button>
      <ButtonRefusal state={state} />
    </form>
  );
}
