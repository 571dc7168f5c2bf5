"use client";

import { useState } from "react";
import { setTheme, setThemeFromForm } from "@/lib/preferences/actions";
import { THEMES, type Theme } from "@/lib/preferences/schema";
import { InlineError } from "@/components/ui/inline-error";
import { submitByScript } from "@/components/ui/submit-by-script";
import { useFormAction } from "@/components/ui/unanswered-request";

/** What the switch posts to without JavaScript; its answer is not read there (the page comes back re-rendered). */
const themeWithoutScript: (formData: FormData) => void = setThemeFromForm;

const LABELS: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };

/**
 * Three buttons, one pressed: the theme pages are rendered in. A plain form
 * (each button sends its own value), so it works without JavaScript; with it,
 * the chosen button is pressed at once and the page follows when the server
 * has saved the choice and rendered the new class on <html>. Without it the
 * form posts to setThemeFromForm, one hidden input on every page instead of
 * four (submitByScript). Styled by
 * .theme-switch (app/styles/navigation.css).
 */
export function ThemeSwitch({ theme }: { theme: Theme }) {
  const [state, dispatch, pending] = useFormAction(setTheme, null);
  const [wanted, setWanted] = useState(theme);
  const shown = pending ? wanted : theme;
  return (
    <form action={themeWithoutScript} onSubmit={submitByScript(dispatch)} className="theme-switch">
      <span id="theme-label">Theme</span>
      <div
        role="group"
        aria-labelledby="theme-label"
        aria-busy={pending}
      >
        {THEMES.map((option) => (
          <button
            key={option}
            type="submit"
            name="theme"
            value={option}
            aria-pressed={shown === option}
            onClick={() => setWanted(option)}
          >
            {LABELS[option]}
          </button>
        ))}
      </div>
      <InlineError state={state} />
    </form>
  );
}
