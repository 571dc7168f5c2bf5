import { Prisma } from "@/lib/generated/prisma/client";

type DriverConstraint = { index?: string; fields?: string[] };

/**
 * A description of the unique constraint that `error` violated (its index name
 * or columns, e.g. "users_email_key"), or null for any other error. Lets an
 * action turn a lost race, such as two sign-ups for one name, into a field
 * message: the database decides, the user gets a sentence.
 */
export function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = error.meta as { target?: unknown; driverAdapterError?: { cause?: { constraint?: DriverConstraint } } };
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  const target = constraint?.index ?? constraint?.fields?.join(",") ?? meta?.target;
  return Array.isArray(target) ? target.join(",") : String(target ?? "");
}
