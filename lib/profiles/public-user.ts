import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";

/**
 * What bylines, comments and lists of people show of someone. The role is
 * part of it: an admin's name carries the Staff badge wherever it appears.
 */
export const publicUserSelect = {
  id: true,
  username: true,
  displayName: true,
  avatarKey: true,
  role: true,
} as const satisfies Prisma.UserSelect;

export type PublicUser = { id: string; username: string; displayName: string; avatarKey: string | null; role: Role };

/** The same fields read by hand-written SQL, checked (see lib/db-rows.ts). */
export const publicUserRow = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  avatarKey: z.string().nullable(),
  role: z.enum(Role),
}) satisfies z.ZodType<PublicUser>;
