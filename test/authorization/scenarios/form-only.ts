import { setFollowFromForm } from "@/lib/follows/actions";
import { setThemeFromForm } from "@/lib/preferences/actions";
import { setBlockFromForm, setMuteFromForm } from "@/lib/safety/actions";
import { accountsScenarios } from "./accounts";
import { contentScenarios } from "./content";
import { safetyScenarios } from "./safety";
import type { Scenario } from "./types";

// The form-only actions a form posts to without JavaScript (components/ui/submit-by-script.ts):
// Next.js calls them with the form alone. Each runs a scenario of the action it wraps.

function withFormAlone(action: (formData: FormData) => Promise<{ ok: boolean }>, wrapped: Scenario): Scenario {
  return { action: (_previous, formData) => action(formData), covers: action, arrange: wrapped.arrange };
}

export const formOnlyScenarios = {
  "setFollowFromForm (follow the owner)": withFormAlone(setFollowFromForm, contentScenarios["setFollow (follow the owner)"]),
  "setBlockFromForm (block the owner)": withFormAlone(setBlockFromForm, safetyScenarios["setBlock (block the owner)"]),
  "setMuteFromForm (undo the owner's mute)": withFormAlone(setMuteFromForm, safetyScenarios["setMute (undo the owner's mute)"]),
  "setThemeFromForm (form names the owner)": withFormAlone(setThemeFromForm, accountsScenarios["setTheme (form names the owner)"]),
} satisfies Record<string, Scenario>;
