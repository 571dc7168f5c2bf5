"use client";

import { ButtonRefusal } from "@/components/ui/button-refusal";
import { useActionState } from "react";
import type { ActionFailure } from "@/lib/actions/result";
import { setBlock, setMute } from "@/lib/safety/actions";

type AccountToggleProps = { kind: "block" | "mute"; userId: string; username: string; active: boolean };

type ToggleFormProps = Omit<AccountToggleProps, "kind"> & {
  field: string;
  label: string;
  dispatch: (formData: FormData) => void;
  pending: boolean;
  state: { ok: boolean } | ActionFailure | null;
};

function ToggleForm({ userId, username, active, field, label, dispatch, pending, state }: ToggleFormProps) {
  return (
    <form action={dispatch} className="flex flex-col items-end gap-1">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name={field} value={String(!active)} />
      <button type="submit" disabled={pending} className="toggle-button">
        {label} <span className="sr-only">@{username}</span>
      </button>
      <ButtonRefusal state={state} />
    </form>
  );
}

/** Each form's action is the server action itself, so it works without JavaScript. */
function BlockToggle(props: Omit<AccountToggleProps, "kind">) {
  const [state, dispatch, pending] = useActionState(setBlock, null);
  return <ToggleForm {...props} field="block" label={props.active ? "Unblock" : "Block"} {...{ state, dispatch, pending }} />;
}

function MuteToggle(props: Omit<AccountToggleProps, "kind">) {
  const [state, dispatch, pending] = useActionState(setMute, null);
  return <ToggleForm {...props} field="mute" label={props.active ? "Unmute" : "Mute"} {...{ state, dispatch, pending }} />;
}

/**
 * Block or mute `username`, or undo it: a form posting the wanted state (not
 * "toggle"), so a double click cannot undo itself. The page, revalidated by
 * the action, passes the stored state back as `active`.
 */
export function AccountToggle({ kind, ...props }: AccountToggleProps) {
  return kind === "block" ? <BlockToggle {...props} /> : <MuteToggle {...props} />;
}
