import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { createDatabase, uniqueDatabaseName } from "./database";
import { makeAdmin, revokeAdmin } from "./user-admin";

// `npm run user:admin -- [--revoke] <username>` against a real, migrated database.

function databaseUrl(): string {
  return process.env.DATABASE_URL!;
}

async function roleOf(id: string) {
  return (await db.user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;
}

describe("makeAdmin", () => {
  it("makes an existing user an admin and says so", async () => {
    const user = await createUser();

    const result = await makeAdmin(databaseUrl(), user.username);

    expect(result).toEqual({ ok: true, message: `${user.username} is now an admin.` });
    expect(await roleOf(user.id)).toBe("ADMIN");
  });

  it("finds the user whatever the case and spacing of the name typed", async () => {
    const user = await createUser();

    const result = await makeAdmin(databaseUrl(), `  ${user.username.toUpperCase()} `);

    expect(result.ok).toBe(true);
    expect(await roleOf(user.id)).toBe("ADMIN");
  });

  it("is idempotent: a second run changes nothing and says so", async () => {
    const user = await createUser();
    await makeAdmin(databaseUrl(), user.username);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    const result = await makeAdmin(databaseUrl(), user.username);

    expect(result).toEqual({ ok: true, message: `${user.username} is already an admin; nothing changed.` });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });

  it("refuses an unknown user with a message, changing no one", async () => {
    const bystander = await createUser();

    const result = await makeAdmin(databaseUrl(), "nobody_by_this_name");

    expect(result).toEqual({ ok: false, message: 'No account is named "nobody_by_this_name". Sign up in the app first, then run this again.' });
    expect(await roleOf(bystander.id)).toBe("USER");
  });

  it("refuses a suspended user, who stays a suspended regular user", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });

    const result = await makeAdmin(databaseUrl(), user.username);

    expect(result).toEqual({ ok: false, message: `${user.username} is suspended: an admin must lift the suspension first (Unsuspend on the profile).` });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "USER", suspendedAt: expect.any(Date) });
  });

  it("says to start the app first when the database has no tables", async () => {
    const empty = await createDatabase(inject("databaseServerUrl"), uniqueDatabaseName(`${inject("databasePrefix")}_empty`));

    const result = await makeAdmin(empty, "anyone");

    expect(result.ok).toBe(false);
    expect(result.message).toContain("run `npm start` once");
  });
});

describe("revokeAdmin", () => {
  it("makes an admin a regular user again and says so, changing no one else", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const otherAdmin = await createUser({ role: "ADMIN" });

    const result = await revokeAdmin(databaseUrl(), `  ${admin.username.toUpperCase()} `);

    expect(result).toEqual({ ok: true, message: `${admin.username} is no longer an admin.` });
    expect(await roleOf(admin.id)).toBe("USER");
    expect(await roleOf(otherAdmin.id)).toBe("ADMIN");
  });

  it("changes nothing for a regular user, and says so", async () => {
    const user = await createUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    const result = await revokeAdmin(databaseUrl(), user.username);

    expect(result).toEqual({ ok: true, message: `${user.username} is not an admin; nothing changed.` });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });

  it("refuses an unknown user with a message", async () => {
    const result = await revokeAdmin(databaseUrl(), "nobody_by_this_name");

    expect(result).toEqual({ ok: false, message: 'No account is named "nobody_by_this_name"; nothing changed.' });
  });

  it("says to start the app first when the database has no tables", async () => {
    const empty = await createDatabase(inject("databaseServerUrl"), uniqueDatabaseName(`${inject("databasePrefix")}_empty`));

    const result = await revokeAdmin(empty, "anyone");

    expect(result.ok).toBe(false);
    expect(result.message).toContain("run `npm start` once");
  });
});
