"use client";

import { useActionState } from "react";
import { MAX_BIO_LENGTH, MAX_DISPLAY_NAME_LENGTH } from "@/lib/validation/limits";
import { errorsFor, typedValue } from "@/lib/actions/result";
import { updateProfile } from "@/lib/profiles/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";

export function ProfileForm({ displayName, bio }: { displayName: string; bio: string }) {
  const [state, action] = useActionState(updateProfile, null);
  return (
    <form action={action} key={JSON.stringify(state)} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        label="Display name"
        name="displayName"
        required
        maxLength={MAX_DISPLAY_NAME_LENGTH}
        defaultValue={typedValue(state, "displayName") ?? displayName}
        errors={errorsFor(state, "displayName")}
      />
      <TextArea
        label="Bio"
        name="bio"
        rows={3}
        maxLength={MAX_BIO_LENGTH}
        hint={`Up to ${MAX_BIO_LENGTH} characters.`}
        defaultValue={typedValue(state, "bio") ?? bio}
        errors={errorsFor(state, "bio")}
      />
      <SubmitButton pendingText="Saving…">Save profile</SubmitButton>
    </form>
  );
}
