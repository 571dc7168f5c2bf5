import { db } from "@/lib/db";
import { suspendUser, unsuspendUser } from "@/lib/moderation/actions";
import { reportContent, resolveReports } from "@/lib/reports/actions";
import { createPost } from "@/test/factories";
import { form } from "@/test/next/session";
import { userRow, reportedPostOf } from "./support";
import type { Scenario } from "./types";

// Admins' tools: suspending, and reports and their resolution (anyone signed in may report what they can see, except their own).

export const moderationScenarios = {
  "suspendUser (the owner)": {
    action: suspendUser,
    arrange: async ({ owner }) => ({ form: form({ userId: owner.id }), probe: async () => (await userRow(owner.id))?.suspendedAt }),
  },
  "suspendUser (the owner is an admin)": {
    action: suspendUser,
    ownerRole: "ADMIN",
    arrange: async ({ owner }) => ({ form: form({ userId: owner.id }), probe: async () => (await userRow(owner.id))?.suspendedAt }),
  },
  "unsuspendUser (the owner is suspended)": {
    action: unsuspendUser,
    arrange: async ({ owner }) => {
      await db.user.update({ where: { id: owner.id }, data: { suspendedAt: new Date() } });
      return { form: form({ userId: owner.id }), probe: async () => (await userRow(owner.id))?.suspendedAt };
    },
  },
  "reportContent (report the owner's post)": {
    action: reportContent,
    arrange: async ({ owner }) => {
      const post = await createPost(owner.id);
      return { form: form({ targetType: "POST", targetId: post.id, reason: "SPAM", details: "" }), probe: () => db.report.count({ where: { targetId: post.id } }) };
    },
  },
  "reportContent (report the owner's account)": {
    action: reportContent,
    arrange: async ({ owner }) => ({
      form: form({ targetType: "ACCOUNT", targetId: owner.id, reason: "OTHER", details: "Impersonation" }),
      probe: () => db.report.count({ where: { targetId: owner.id } }),
    }),
  },
  "resolveReports (dismiss the reports of the owner's post)": {
    action: resolveReports,
    arrange: async (world) => {
      const post = await reportedPostOf(world);
      return { form: form({ targetType: "POST", targetId: post.id, decision: "dismiss" }), probe: () => db.report.findMany({ where: { targetId: post.id } }) };
    },
  },
  "resolveReports (remove the owner's reported post)": {
    action: resolveReports,
    arrange: async (world) => {
      const post = await reportedPostOf(world);
      return { form: form({ targetType: "POST", targetId: post.id, decision: "remove" }), probe: () => db.post.count({ where: { id: post.id } }) };
    },
  },
  "resolveReports (suspend the owner through a report)": {
    action: resolveReports,
    arrange: async (world) => {
      const post = await reportedPostOf(world);
      return { form: form({ targetType: "POST", targetId: post.id, decision: "suspend" }), probe: async () => (await userRow(world.owner.id))?.suspendedAt };
    },
  },
} satisfies Record<string, Scenario>;
