"use client";

import { startedSaying } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useReadOnlyWhileSent } from "@/components/ui/use-read-only-while-sent";
import { addMutedWord } from "@/lib/safety/actions";
import { MUTED_PHRASE_MAX } from "@/lib/safety/schema";
import { typedCodeUnits } from "@/lib/validation/text";

const durations = [
  ["forever", "Until I remove it"],
  ["day", "24 hours"],
  ["week", "7 days"],
  ["month", "30 days"],
] as const;

/**
 * Mutes a word or phrase for a while or until removed; works without JavaScript. A refusal keeps
 * both choices. `said`: what the page says the form just did, once it was sent without JavaScript.
 */
export function MutedWordForm({ said }: { said?: string }) {
  return (
    <ActionForm action={addMutedWord} submit="Mute word" pendingText="Muting…" fields={["phrase", "duration"]} answered={startedSaying(said)}>
      {(field) => (
        <>
          <TextField
            label="Word or phrase"
            hint="Posts with it as a whole word, in any case, leave your home, explore, tag pages and search."
            maxLength={typedCodeUnits(MUTED_PHRASE_MAX)}
            autoComplete="off"
            {...field("phrase")}
          />
          <DurationChoice chosen={field("duration").defaultValue ?? "forever"} />
        </>
      )}
    </ActionForm>
  );
}

/** How long the word stays muted; held while the form is sent, as its text field is (useReadOnlyWhileSent). */
function DurationChoice({ chosen }: { chosen: string }) {
  const held = useReadOnlyWhileSent();
  return (
    <fieldset>
      <legend className="text-sm font-medium">For how long</legend>
      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {durations.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="duration" value={value} defaultChecked={value === chosen} disabled={held} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
