import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/accounts/auth-card";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { INVALID_LINK, linkToken } from "@/lib/account-tokens/token";
import { mailGoesOut } from "@/lib/mail/mailbox";
import { resetLinkIsOpen } from "@/lib/password-reset/service";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const parsed = linkToken.safeParse((await searchParams).token);
  const open = parsed.success && (await resetLinkIsOpen(parsed.data));
  return (
    <AuthCard
      title="Choose a new password"
      footer={
        // A new link only where mail goes out (DEPLOY.md); else the way back.
        <Link href={mailGoesOut() ? "/forgot-password" : "/login"} className="font-medium text-sky-700 underline dark:text-sky-400">
          {mailGoesOut() ? "Send me a new link" : "Back to log in"}
        </Link>
      }
    >
      {open ? (
        <ResetPasswordForm token={parsed.data} />
      ) : (
        <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {INVALID_LINK}
        </p>
      )}
    </AuthCard>
  );
}
