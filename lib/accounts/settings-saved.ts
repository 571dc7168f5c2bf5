import { succeededAt } from "@/lib/actions/no-javascript";
import { type SettingsSaved, settingsSavedHref } from "@/lib/routes";

/**
 * What each settings form says once it has saved: in place with JavaScript, and on the settings
 * page a form sent without it leads to. A requested email change says the address it awaits
 * (emailChangeRequestedMessage).
 */
export const SETTINGS_SAVED_MESSAGES = {
  profile: "Profile saved.",
  picture: "Picture updated.",
  "picture-removed": "Picture removed.",
  password: "Password changed. You were logged out everywhere else.",
} as const satisfies Record<Exclude<SettingsSaved, "email">, string>;

/** A settings form's success: its message, or without JavaScript the settings page saying it, so a reload saves nothing again. */
export function settingsSaved(saved: keyof typeof SETTINGS_SAVED_MESSAGES): Promise<{ ok: true; message: string }> {
  return succeededAt(settingsSavedHref(saved), { ok: true, message: SETTINGS_SAVED_MESSAGES[saved] });
}
