import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/accounts/auth-card";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { RESET_NEEDS_MAIL, mailGoesOut } from "@/lib/mail/mailbox";
import { RESET_REQUESTED } from "@/lib/password-reset/schema";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage({ searchParams }: PageProps<"/forgot-password">) {
  // Where the form sent without JavaScript leads once a link was asked for (RESET_REQUESTED_HREF):
  // what it says in place with JavaScript. Only that value, and no address.
  const said = (await searchParams).sent === "1" ? RESET_REQUESTED : undefined;
  return (
    <AuthCard
      title="Forgot your password?"
      footer={
        <Link href="/login" className="font-medium text-sky-700 underline dark:text-sky-400">
          Back to log in
        </Link>
      }
    >
      {mailGoesOut() ? (
        <>
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            Type the email address of your account, and we will mail you a link to choose a new password.
          </p>
          <ForgotPasswordForm said={said} />
        </>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{RESET_NEEDS_MAIL}</p>
      )}
    </AuthCard>
  );
}
