import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { LogInForm } from "@/components/accounts/log-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl, signUpUrl } from "@/lib/auth/callback-url";
import { PASSWORD_RESET_DONE } from "@/lib/password-reset/schema";

export const metadata: Metadata = { title: "Log in" };

export default async function LogInPage({ searchParams }: PageProps<"/login">) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <AuthCard
      title="Log in"
      footer={
        <>
          New here?{" "}
          <Link href={signUpUrl(callbackUrl)} className="font-medium text-sky-700 underline dark:text-sky-400">
            Create an account
          </Link>
        </>
      }
    >
      {query.reset === "done" && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
          {PASSWORD_RESET_DONE}
        </p>
      )}
      <LogInForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-sky-700 underline dark:text-sky-400">
          Forgot password?
        </Link>
      </p>
    </AuthCard>
  );
}
