import { getCurrentUser } from "@/lib/auth/current-user";
import { mailGoesOut } from "@/lib/mail/mailbox";
import { ResendVerificationForm } from "./resend-verification-form";

/**
 * On every page of a signed-in account whose address is not verified yet: the account works, and is asked to verify.
 * Not while mail cannot go out (a production server without SMTP keeps its mail queued, DEPLOY.md): no link
 * reached the reader and none could, so the banner would ask on every page for something they cannot do.
 */
export async function VerifyEmailBanner() {
  if (!mailGoesOut()) return null;
  const user = await getCurrentUser();
  if (!user || user.emailVerifiedAt) return null;
  return (
    <section
      id="verify-email-banner"
      aria-labelledby="verify-email-heading"
      className="mb-4 rounded-2xl border border-amber-200 bg-amber-50 p-4 text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="verify-email-heading" className="font-semibold">
        Please verify your email address
      </h2>
      <p className="mt-1 text-sm">Open the link we mailed you. It lets you reset your password if you ever forget it.</p>
      <ResendVerificationForm />
    </section>
  );
}
