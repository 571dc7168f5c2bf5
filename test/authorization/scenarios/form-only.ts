import { setFollowFromForm } from "@/lib/follows/actions";
import { setThemeFromForm } from "@/lib/preferences/actions";
import { setBlockFromForm, setMuteFromForm } from "@/lib/safety/actions";
import { accountsScenarios } from "./accounts";
import { contentScenarios } from "./content";
import { safetyScenarios } from "./safety";
import type { Scenario } from "./types";

// The form-only actions a form posts to without JavaScript (components/ui/submit-by-script.ts):
// Next.js calls them with the form alone. Each runs a scenario of the action it wraps.

export const formOnlyScenarios = {
  "setFollowFromForm (follow the owner)": {
    action: (_previous, formData) => setFollowFromForm(formData),
    covers: setFollowFromForm,
    arrange: contentScenarios["setFollow (follow the owner)"].arrange,
  },
  "setBlockFromForm (block the owner)": {
    action: (_previous, formData) => setBlockFromForm(formData),
    covers: setBlockFromForm,
    arrange: safetyScenarios["setBlock (block the owner)"].arrange,
  },
  "setMuteFromForm (undo the owner's mute)": {
    action: (_previous, formData) => setMuteFromForm(formData),
    covers: setMuteFromForm,
    arrange: safetyScenarios["setMute (undo the owner's mute)"].arrange,
  },
  "setThemeFromForm (form names the owner)": {
    action: (_previous, formData) => setThemeFromForm(formData),
    covers: setThemeFromForm,
    arrange: accountsScenarios["setTheme (form names the owner)"].arrange,
  },
} satisfies Record<string, Scenario>;
