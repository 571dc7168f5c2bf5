"use client";

import { MAX_BIO_LENGTH, MAX_DISPLAY_NAME_LENGTH } from "@/lib/validation/limits";
import { updateProfile } from "@/lib/profiles/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";

export function ProfileForm({ displayName, bio }: { displayName: string; bio: string }) {
  return (
    <ActionForm action={updateProfile} submit="Save profile" pendingText="Saving…" fields={["displayName", "bio"]}>
      {(field) => (
        <>
          <TextField label="Display name" required maxLength={MAX_DISPLAY_NAME_LENGTH} {...field("displayName", displayName)} />
          <TextArea label="Bio" rows={3} maxLength={MAX_BIO_LENGTH} hint={`Up to ${MAX_BIO_LENGTH} characters.`} {...field("bio", bio)} />
        </>
      )}
    </ActionForm>
  );
}
