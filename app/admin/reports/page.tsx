import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportGroupCard } from "@/components/reports/report-group";
import { ReportQueue } from "@/components/reports/report-queue";
import { NextPageLink } from "@/components/ui/next-page-link";
import { requireUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { cursorParam } from "@/lib/pagination/cursor";
import { listOpenReports } from "@/lib/reports/queries";
import { queueCursor } from "@/lib/reports/schema";
import { adminLogHref, adminReportsHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Reports" };

// The moderation queue: open reports grouped by target, the oldest first. Anyone but an admin gets a 404.
export default async function ReportsPage({ searchParams }: PageProps<"/admin/reports">) {
  const viewer = await requireUser(adminReportsHref());
  if (!isAdmin(viewer)) notFound();
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
