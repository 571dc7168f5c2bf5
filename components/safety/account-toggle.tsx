"use client";

import { ButtonRefusal } from "@/components/ui/button-refusal";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { submitByScript } from "@/components/ui/submit-by-script";
import { useEffect, useRef } from "react";
import { focusFirstLeft } from "@/components/ui/focus-first-left";
import type { ActionFailure } from "@/lib/actions/result";
import { blockHref } from "@/lib/routes";
import { setBlock, setBlockFromForm, setMute, setMuteFromForm } from "@/lib/safety/actions";
import { useFormAction } from "@/components/ui/unanswered-request";

type AccountToggleProps = { kind: "block" | "mute"; userId: string; username: string; active: boolean };

/** A toggle as its kind renders it, told when its request is sent. */
type KindToggleProps = Omit<AccountToggleProps, "kind"> & { onSent: () => void };

type ToggleFormProps = KindToggleProps & {
  field: string;
  label: string;
  dispatch: (formData: FormData) => void;
  /** Where the form posts without JavaScript (submitByScript). */
  fallback: (formData: FormData) => void;
  pending: boolean;
  state: { ok: boolean } | ActionFailure | null;
};

/** Works without JavaScript, posting to the action's form-only twin (lib/safety/actions.ts). */
function ToggleForm({ userId, username, active, onSent, field, label, dispatch, fallback, pending, state }: ToggleFormProps) {
  return (
    <form
      action={fallback}
      onSubmit={(event) => {
        onSent();
        submitByScript(dispatch)(event);
      }}
      className="flex flex-col items-end gap-1"
    >
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" name={field} value={String(!active)} disabled={pending} className="toggle-button">
        {label} <span className="sr-only">@{username}</span>
      </button>
      <ButtonRefusal state={state} />
    </form>
  );
}

function UnblockToggle(props: KindToggleProps) {
  const [state, dispatch, pending] = useFormAction(setBlock, null);
  return <ToggleForm {...props} field="block" label="Unblock" fallback={setBlockFromForm} {...{ state, dispatch, pending }} />;
}

/**
 * A block ends the follows, likes and reposts between the two for good and hides each from the
 * other, so Block asks first (without JavaScript on /@name/block); Unblock,
 * like Mute and Unmute, is one click.
 */
function BlockToggle(props: KindToggleProps) {
  if (props.active) return <UnblockToggle {...props} />;
  return (
    <ConfirmedActionButton
      action={setBlock}
      fields={{ userId: props.userId, block: "true" }}
      onConfirmed={props.onSent}
      confirmHref={blockHref(props.username)}
      question={`Block @${props.username}? You will no longer see each other’s posts or comments, and they cannot follow or reply to you. Your follows, likes and reposts of each other end, and unblocking does not bring them back.`}
      label={{ idle: "Block", pending: "Blocking…" }}
      ariaLabel={`Block @${props.username}`}
      formClassName="flex flex-col items-end gap-1"
      className="toggle-button"
    />
  );
}

function MuteToggle(props: KindToggleProps) {
  const [state, dispatch, pending] = useFormAction(setMute, null);
  return <ToggleForm {...props} field="mute" label={props.active ? "Unmute" : "Mute"} fallback={setMuteFromForm} {...{ state, dispatch, pending }} />;
}

/**
 * The toggle whose answer is awaited, and the state it asked for, on the page it was sent from
 * ("/@ada block <userId> true"). Kept outside the component: blocking or unblocking re-renders the
 * profile without its posts or with them again, and so this toggle anew. The page is part of it:
 * a row unblocked in the settings goes away, and that account's profile, opened later, must not
 * take it for the answer.
 */
let awaited: string | undefined;

function awaitedKey(kind: AccountToggleProps["kind"], userId: string, active: boolean): string {
  return `${window.location.pathname} ${kind} ${userId} ${active}`;
}

/**
 * Block or mute `username`, or undo it: a form posting the wanted state (not
 * "toggle"), so a double click cannot undo itself. The page, revalidated by
 * the action, passes the stored state back as `active`. The pressed button has
 * lost the focus by then, to its opposite (Block becomes Unblock, another
 * element) or by being disabled while the request ran: the keyboard goes on
 * from the button that now stands there, as after Follow.
 */
export function AccountToggle({ kind, ...props }: AccountToggleProps) {
  const { userId, active } = props;
  const toggle = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (awaited !== awaitedKey(kind, userId, active)) return;
    awaited = undefined;
    focusFirstLeft([toggle.current?.querySelector("button")]);
  }, [kind, userId, active]);
  const onSent = () => {
    awaited = awaitedKey(kind, userId, !active);
  };
  return (
    <div ref={toggle} className="contents">
      {kind === "block" ? <BlockToggle {...props} onSent={onSent} /> : <MuteToggle {...props} onSent={onSent} />}
    </div>
  );
}
