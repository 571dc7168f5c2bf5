import { getCurrentUser } from "@/lib/auth/current-user";
import { MAIL_NOT_SENT, mailGoesOut } from "@/lib/mail/mailbox";
import { ResendVerificationForm } from "./resend-verification-form";

/** On every page of a signed-in account whose address is not verified yet: the account works, and is asked to verify. */
export async function VerifyEmailBanner() {
  const user = await getCurrentUser();
  if (!user || user.emailVerifiedAt) return null;
  return (
    <section
      aria-labelledby="verify-email-heading"
      className="mb-4 rounded-2xl border border-amber-200 bg-amber-50 p-4 text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="verify-email-heading" className="font-semibold">
        Please verify your email address
      </h2>
      {mailGoesOut() ? (
        <>
          <p className="mt-1 text-sm">Open the link we mailed you. It lets you reset your password if you ever forget it.</p>
          <ResendVerificationForm />
        </>
      ) : (
        // A production server without SMTP keeps its mail queued (DEPLOY.md): a resent link would not go out either.
        <p className="mt-1 text-sm">{MAIL_NOT_SENT}</p>
      )}
    </section>
  );
}
