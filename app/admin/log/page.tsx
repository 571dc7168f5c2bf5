import type { Metadata } from "next";
import Link from "next/link";
import { LogEntryItem } from "@/components/reports/log-entry";
import { NextPageLink } from "@/components/ui/next-page-link";
import { PageNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { listModerationLog } from "@/lib/moderation/log-queries";
import { isAdmin } from "@/lib/moderation/permissions";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { adminLogHref, adminReportsHref } from "@/lib/routes";

// Anyone but an admin finds no such page, and its title says so.
export async function generateMetadata(): Promise<Metadata> {
  return { title: isAdmin(await getCurrentUser()) ? "Moderation log" : "Page not found" };
}

// Every removal, suspension, lifted suspension and dismissal, newest first. Anyone but an admin gets a 404.
export default async function ModerationLogPage({ searchParams }: PageProps<"/admin/log">) {
  const viewer = await requireUser(adminLogHref());
  if (!isAdmin(viewer)) return missingPage(<PageNotFound />);
  const page = await listModerationLog(cursorParam(await searchParams));
  return (
    <>
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Moderation log</h1>
        <Link href={adminReportsHref()} className="text-sm font-medium text-sky-700 underline dark:text-sky-400">
          Reports
        </Link>
      </div>
      {page.items.length === 0 ? (
        <p className="mt-4 text-zinc-600 dark:text-zinc-400">No moderation decisions yet.</p>
      ) : (
        <ol>
          {page.items.map((entry) => (
            <LogEntryItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {page.nextCursor && <NextPageLink href={adminLogHref(page.nextCursor)}>Earlier entries</NextPageLink>}
    </>
  );
}
