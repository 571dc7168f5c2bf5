import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/accounts/auth-card";
import { VerifyEmailForm } from "@/components/accounts/verify-email-form";
import { INVALID_LINK, linkToken } from "@/lib/account-tokens/token";
import { ADDRESS_CHANGED, ADDRESS_VERIFIED } from "@/lib/email-addresses/schema";
import { addressOfVerificationLink } from "@/lib/email-addresses/service";

export const metadata: Metadata = { title: "Verify your email" };

const homeLink = (
  <Link href="/" className="font-medium text-sky-700 underline dark:text-sky-400">
    Go to Commons
  </Link>
);

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const query = await searchParams;
  if (query.verified === "yes" || query.verified === "changed") {
    return (
      <AuthCard title="Verify your email" footer={homeLink}>
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
          {query.verified === "changed" ? ADDRESS_CHANGED : ADDRESS_VERIFIED}
        </p>
      </AuthCard>
    );
  }
  const parsed = linkToken.safeParse(query.token);
  const address = parsed.success ? await addressOfVerificationLink(parsed.data) : null;
  return (
    <AuthCard title="Verify your email" footer={homeLink}>
      {parsed.success && address ? (
        <VerifyEmailForm token={parsed.data} address={address} />
      ) : (
        <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {INVALID_LINK}
        </p>
      )}
    </AuthCard>
  );
}
