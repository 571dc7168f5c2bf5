import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/accounts/auth-card";
import { VerifyEmailForm } from "@/components/accounts/verify-email-form";
import { FocusedStatus } from "@/components/ui/focused-status";
import { INVALID_LINK, linkToken } from "@/lib/account-tokens/token";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getEmailStatus, usedVerificationLinkOf } from "@/lib/email-addresses/queries";
import { ADDRESS_CHANGED, ADDRESS_VERIFIED, ALREADY_VERIFIED } from "@/lib/email-addresses/schema";
import { addressOfVerificationLink, verificationResentAnswer } from "@/lib/email-addresses/service";

export const metadata: Metadata = { title: "Verify your email" };

const statusStyle = "rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200";

const homeLink = (
  <Link href="/" className="font-medium text-sky-700 underline dark:text-sky-400">
    Go to Commons
  </Link>
);

/** Where the banner's Resend leads without JavaScript (lib/email-addresses/actions.ts): what it says in place. */
async function resentTo(): Promise<string | null> {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const email = await getEmailStatus(viewer.id);
  return email.verified ? ALREADY_VERIFIED : verificationResentAnswer(email.email);
}

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const query = await searchParams;
  if (query.verified === "yes" || query.verified === "changed") {
    return (
      <AuthCard title="Verify your email" footer={homeLink}>
        <p role="status" className={statusStyle}>
          {query.verified === "changed" ? ADDRESS_CHANGED : ADDRESS_VERIFIED}
        </p>
      </AuthCard>
    );
  }
  if (query.resent === "1") {
    const resent = await resentTo();
    if (resent) {
      return (
        <AuthCard title="Verify your email" footer={homeLink}>
          <FocusedStatus>{resent}</FocusedStatus>
        </AuthCard>
      );
    }
  }
  const parsed = linkToken.safeParse(query.token);
  const address = parsed.success ? await addressOfVerificationLink(parsed.data) : null;
  const verifiedByIt = parsed.success && !address && (await usedVerificationLinkOf(parsed.data, (await getCurrentUser())?.id ?? null));
  return (
    <AuthCard title="Verify your email" footer={homeLink}>
      {parsed.success && address ? (
        <VerifyEmailForm token={parsed.data} address={address} />
      ) : verifiedByIt ? (
        <p role="status" className={statusStyle}>
          {ALREADY_VERIFIED}
        </p>
      ) : (
        <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {INVALID_LINK}
        </p>
      )}
    </AuthCard>
  );
}
