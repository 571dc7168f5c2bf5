import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { LogInForm } from "@/components/accounts/log-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Log in" };

export default async function LogInPage({ searchParams }: PageProps<"/login">) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <AuthCard
      title="Log in"
      footer={
        <>
          New here?{" "}
          <Link href="/signup" className="font-medium text-sky-700 underline dark:text-sky-400">
            Create an account
          </Link>
        </>
      }
    >
      <LogInForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
