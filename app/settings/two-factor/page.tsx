import type { Metadata } from "next";
import { QrCode } from "@/components/two-factor/qr-code";
import { TwoFactorPanel } from "@/components/two-factor/two-factor-panel";
import { BackLink } from "@/components/ui/back-link";
import { requireUser } from "@/lib/auth/current-user";
import { mailGoesOut } from "@/lib/mail/mailbox";
import { TWO_FACTOR_CHANGES, TWO_FACTOR_PATH } from "@/lib/routes";
import { getTwoFactorSettings } from "@/lib/two-factor/queries";

export const metadata: Metadata = { title: "Two-factor login" };

export default async function TwoFactorPage({ searchParams }: PageProps<"/settings/two-factor">) {
  const [user, query] = await Promise.all([requireUser(TWO_FACTOR_PATH), searchParams]);
  const settings = await getTwoFactorSettings(user);
  // Where a form sent without JavaScript leads once done (lib/two-factor/actions.ts); only a value it knows.
  const done = TWO_FACTOR_CHANGES.find((change) => change === query.done);
  return (
    <>
      <BackLink href="/settings">Settings</BackLink>
      <h1 className="text-2xl font-bold tracking-tight">Two-factor login</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        A code from an authenticator app after your password. Turning it on or off logs you out everywhere else
        {mailGoesOut() ? ", and we mail you a notice." : "."}
      </p>
      <TwoFactorPanel
        settings={settings}
        username={user.username}
        done={done}
        qrCode={settings.state === "pending" ? <QrCode text={settings.otpauthUri} label="QR code of your two-factor key" /> : undefined}
      />
    </>
  );
}
