import type { Metadata } from "next";
import { ComposeForm } from "@/components/posts/compose-form";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "New post" };

/** The composer on a page of its own: where the phones' tab bar leads (Home also has it, above the feed). */
export default async function ComposePage() {
  await requireUser("/compose");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">New post</h1>
      <ComposeForm />
    </>
  );
}
