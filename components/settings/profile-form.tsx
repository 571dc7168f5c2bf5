"use client";

import { startedSaying } from "@/lib/actions/result";
import { MAX_BIO_LENGTH, MAX_DISPLAY_NAME_LENGTH } from "@/lib/validation/limits";
import { typedCodeUnits } from "@/lib/validation/text";
import { updateProfile } from "@/lib/profiles/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { SETTINGS_PATH } from "@/lib/routes";

/** `said`: what the page says the form just did, once it was sent without JavaScript. */
export function ProfileForm({ displayName, bio, said }: { displayName: string; bio: string; said?: string }) {
  return (
    <ActionForm action={updateProfile} submit="Save profile" pendingText="Saving…" fields={["displayName", "bio"]} answered={startedSaying(said)} permalink={SETTINGS_PATH}>
      {(field) => (
        <>
          {/* dir="auto": right to left from an Arabic or Hebrew first letter; cheap, as maxlength bounds what can be typed or pasted. */}
          <TextField
            label="Display name"
            required
            maxLength={typedCodeUnits(MAX_DISPLAY_NAME_LENGTH)}
            dir="auto"
            hint={`Up to ${MAX_DISPLAY_NAME_LENGTH} characters.`}
            {...field("displayName", displayName)}
          />
          <TextArea label="Bio" rows={3} maxLength={typedCodeUnits(MAX_BIO_LENGTH)} dir="auto" hint={`Up to ${MAX_BIO_LENGTH} characters.`} {...field("bio", bio)} />
        </>
      )}
    </ActionForm>
  );
}
