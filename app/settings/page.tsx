import type { Metadata } from "next";
import Link from "next/link";
import { AvatarForm } from "@/components/settings/avatar-form";
import { DeleteAccountSection } from "@/components/settings/delete-account-form";
import { deletionConsequences } from "@/components/settings/deletion-consequences";
import { EmailForm } from "@/components/settings/email-form";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { SETTINGS_SAVED_MESSAGES } from "@/lib/accounts/settings-saved";
import { requireUser } from "@/lib/auth/current-user";
import { emailChangeRequestedMessage } from "@/lib/email-addresses/schema";
import { getEmailStatus } from "@/lib/email-addresses/queries";
import { mailGoesOut } from "@/lib/mail/mailbox";
import { getOwnProfileSettings } from "@/lib/profiles/queries";
import { SAFETY_SETTINGS_PATH, SESSIONS_PATH, SETTINGS_PATH, SETTINGS_SAVED, type SettingsSaved, TWO_FACTOR_PATH, adminLogHref, adminReportsHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: PageProps<"/settings">) {
  const [{ id, role }, query] = await Promise.all([requireUser(SETTINGS_PATH), searchParams]);
  const [user, email] = await Promise.all([getOwnProfileSettings(id), getEmailStatus(id)]);
  // Where a form sent without JavaScript leads once it has saved (lib/accounts/settings-saved.ts):
  // its message, as the form says it in place with JavaScript. Only a value it knows.
  const saved = SETTINGS_SAVED.find((known) => known === query.saved);
  const said = (form: Exclude<SettingsSaved, "email">) => (saved === form ? SETTINGS_SAVED_MESSAGES[form] : undefined);
  const emailSaid = saved === "email" && email.pendingEmail ? emailChangeRequestedMessage(email.pendingEmail, email.email) : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <SettingsSection title="Profile" description="How others see you on Commons.">
        <ProfileForm displayName={user.displayName} bio={user.bio} said={said("profile")} />
      </SettingsSection>
      <SettingsSection title="Picture">
        <AvatarForm user={user} uploaded={said("picture")} removed={said("picture-removed")} />
      </SettingsSection>
      {mailGoesOut() ? (
        <SettingsSection
          title="Email"
          description={`Mail goes to ${email.email}${email.verified ? "" : " (not verified yet)"}. A new address needs your password, and counts once you open the link we mail to it.`}
        >
          {/* Said by the form's message instead, on the page a change sent without JavaScript leads to. */}
          {email.pendingEmail && !emailSaid && (
            <p role="status" className="mb-4 text-sm">
              Waiting for you to open the link sent to <strong className="break-all">{email.pendingEmail}</strong>.
            </p>
          )}
          <EmailForm said={emailSaid} />
        </SettingsSection>
      ) : (
        // A production server without SMTP keeps its mail queued (DEPLOY.md): no new address could be confirmed.
        <SettingsSection
          title="Email"
          description={`Your address is ${email.email}${email.verified ? "" : " (not verified yet)"}. This site cannot send email yet, so it cannot confirm an address: ask the people who run it for help.`}
        />
      )}
      <SettingsSection title="Password" description="Changing it logs you out on every other device.">
        <PasswordForm said={said("password")} />
      </SettingsSection>
      <SettingsSection title="Two-factor login" description="A code from an app on your phone after your password, and recovery codes.">
        <Link href={TWO_FACTOR_PATH} className="text-link">
          Manage two-factor login
        </Link>
      </SettingsSection>
      <SettingsSection title="Sessions" description="The devices logged in to your account, and a way to log them out.">
        <Link href={SESSIONS_PATH} className="text-link">
          See where you are logged in
        </Link>
      </SettingsSection>
      <SettingsSection title="Blocked and muted" description="Accounts you blocked or muted, and the words you muted.">
        <Link href={SAFETY_SETTINGS_PATH} className="text-link">
          Manage blocked and muted
        </Link>
      </SettingsSection>
      {role === "ADMIN" && (
        <SettingsSection title="Moderation" description="Reports waiting for a moderator, oldest first, and the log of what moderators did.">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href={adminReportsHref()} className="text-link">
                Open the report queue
              </Link>
            </li>
            <li>
              <Link href={adminLogHref()} className="text-link">
                Read the moderation log
              </Link>
            </li>
          </ul>
        </SettingsSection>
      )}
      <SettingsSection title="Delete account" description={deletionConsequences(user.username)}>
        <DeleteAccountSection />
      </SettingsSection>
    </>
  );
}
