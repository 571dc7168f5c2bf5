"use client";

import { ButtonRefusal } from "@/components/ui/button-refusal";
import { submitByScript } from "@/components/ui/submit-by-script";
import { useActionState } from "react";
import type { ActionFailure } from "@/lib/actions/result";
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

/** Each form works without JavaScript, posting to the action's form-only twin (lib/safety/actions.ts). */
function BlockToggle(props: Omit<AccountToggleProps, "kind">) {
  const [state, dispatch, pending] = useActionState(setBlock, null);
  return <ToggleForm {...props} field="block" label={props.active ? "Unblock" : "Block"} fallback={setBlockFromForm} {...{ state, dispatch, pending }} />;
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
