import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { createUser } from "@/test/factories";
import { accountRowShown, accountShown, activeAccount } from "./visibility";

// The rule "whose content is shown" is written once for Prisma and once for
// SQL. These tests hold the two to each other on the same accounts, so a change
// to one that forgets the other fails here rather than in a single list.

type User = Awaited<ReturnType<typeof createUser>>;

const idRows = (rows: unknown) => parseRows(z.object({ id: z.string() }), rows).map((row) => row.id).sort();

let active: User;
let suspended: User;
let admin: User;
let reinstated: User;
let ids: string[];

beforeEach(async () => {
  [active, suspended, admin, reinstated] = await Promise.all([createUser(), createUser(), createUser({ role: "ADMIN" }), createUser()]);
  await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });
  await db.user.update({ where: { id: reinstated.id }, data: { suspendedAt: new Date() } });
  await db.user.update({ where: { id: reinstated.id }, data: { suspendedAt: null } });
  ids = [active, suspended, admin, reinstated].map((user) => user.id);
});

async function shownByPrisma() {
  const rows = await db.user.findMany({ where: { id: { in: ids }, ...activeAccount }, select: { id: true } });
  return rows.map((row) => row.id).sort();
}

describe("the visibility rule", () => {
  it("shows every account but the suspended one, in Prisma", async () => {
    expect(await shownByPrisma()).toEqual([active.id, admin.id, reinstated.id].sort());
  });

  it("selects the same accounts in SQL, on a row of users", async () => {
    const rows = await db.$queryRaw`SELECT users.id FROM users WHERE users.id IN (${Prisma.join(ids)}) AND ${accountRowShown("users")}`;
    expect(idRows(rows)).toEqual(await shownByPrisma());
  });

  it("selects the same accounts in SQL, by the id in another table's column", async () => {
    const rows = await db.$queryRaw`
      SELECT listed.id FROM unnest(ARRAY[${Prisma.join(ids)}]::text[]) AS listed (id) WHERE ${accountShown("listed.id")}`;
    expect(idRows(rows)).toEqual(await shownByPrisma());
  });
});
