import type { Metadata } from "next";
import Link from "next/link";
import { ReportGroupCard } from "@/components/reports/report-group";
import { ReportQueue } from "@/components/reports/report-queue";
import { NextPageLink } from "@/components/ui/next-page-link";
import { PageNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { listOpenReports } from "@/lib/reports/queries";
import { queueCursor } from "@/lib/reports/schema";
import { adminLogHref, adminReportsHref } from "@/lib/routes";

// Anyone but an admin finds no such page, and its title says so.
export async function generateMetadata(): Promise<Metadata> {
  return { title: isAdmin(await getCurrentUser()) ? "Reports" : "Page not found" };
}

// The moderation queue: open reports grouped by target, the oldest first. Anyone but an admin gets a 404.
export default async function ReportsPage({ searchParams }: PageProps<"/admin/reports">) {
  const viewer = await requireUser(adminReportsHref());
  if (!isAdmin(viewer)) return missingPage(<PageNotFound />);
  // A cursor of ours, or "" for the first page, which the reports' confirmation pages go back to.
  const cursor = queueCursor.parse(cursorParam(await searchParams) ?? "");
  const page = await listOpenReports(cursor);
  return (
    <>
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Reports</h1>
        <Link href={adminLogHref()} className="text-sm font-medium text-sky-700 underline dark:text-sky-400">
          Moderation log
        </Link>
      </div>
      <ReportQueue empty={page.items.length === 0}>
        {page.items.map((group) => (
          <ReportGroupCard key={`${group.targetType}-${group.targetId}`} group={group} queueCursor={cursor} />
        ))}
      </ReportQueue>
      {page.nextCursor && <NextPageLink href={adminReportsHref(page.nextCursor)}>Later reports</NextPageLink>}
    </>
  );
}
