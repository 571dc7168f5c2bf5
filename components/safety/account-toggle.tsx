"use client";

import { ButtonRefusal } from "@/components/ui/button-refusal";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { submitByScript } from "@/components/ui/submit-by-script";
import { useActionState } from "react";
import type { ActionFailure } from "@/lib/actions/result";
import { blockHref } from "@/lib/routes";
import { setBlock, setBlockFromForm, setMute, setMuteFromForm } from "@/lib/safety/actions";

type AccountToggleProps = { kind: "block" | "mute"; userId: string; username: string; active: boolean };

type ToggleFormProps = Omit<AccountToggleProps, "kind"> & {
  field: string;
  label: string;
  dispatch: (formData: FormData) => void;
  /** Where the form posts without JavaScript (submitByScript). */
  fallback: (formData: FormData) => void;
  pending: boolean;
  state: { ok: boolean } | ActionFailure | null;
};

/** Works without JavaScript, posting to the action's form-only twin (lib/safety/actions.ts). */
function ToggleForm({ userId, username, active, field, label, dispatch, fallback, pending, state }: ToggleFormProps) {
  return (
    <form action={fallback} onSubmit={submitByScript(dispatch)} className="flex flex-col items-end gap-1">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" name={field} value={String(!active)} disabled={pending} className="toggle-button">
        {label} <span className="sr-only">@{username}</span>
      </button>
      <ButtonRefusal state={state} />
    </form>
  );
}

function UnblockToggle(props: Omit<AccountToggleProps, "kind">) {
  const [state, dispatch, pending] = useActionState(setBlock, null);
  return <ToggleForm {...props} field="block" label="Unblock" fallback={setBlockFromForm} {...{ state, dispatch, pending }} />;
}

/**
 * A block ends the follows between the two for good and hides each from the
 * other, so Block asks first (without JavaScript on /@name/block); Unblock,
 * like Mute and Unmute, is one click.
 */
function BlockToggle(props: Omit<AccountToggleProps, "kind">) {
  if (props.active) return <UnblockToggle {...props} />;
  return (
    <ConfirmedActionButton
      action={setBlock}
      fields={{ userId: props.userId, block: "true" }}
      confirmHref={blockHref(props.username)}
      question={`Block @${props.username}? You will no longer see each other’s posts or comments, any follows between you end, and they cannot follow or reply to you.`}
      label={{ idle: "Block", pending: "Blocking…" }}
      ariaLabel={`Block @${props.username}`}
      formClassName="flex flex-col items-end gap-1"
      className="toggle-button"
    />
  );
}

function MuteToggle(props: Omit<AccountToggleProps, "kind">) {
  const [state, dispatch, pending] = useActionState(setMute, null);
  return <ToggleForm {...props} field="mute" label={props.active ? "Unmute" : "Mute"} fallback={setMuteFromForm} {...{ state, dispatch, pending }} />;
}

/**
 * Block or mute `username`, or undo it: a form posting the wanted state (not
 * "toggle"), so a double click cannot undo itself. The page, revalidated by
 * the action, passes the stored state back as `active`.
 */
export function AccountToggle({ kind, ...props }: AccountToggleProps) {
  return kind === "block" ? <BlockToggle {...props} /> : <MuteToggle {...props} />;
}
