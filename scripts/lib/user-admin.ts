import type pg from "pg";
import { withClient } from "./database";

export type AdminCommandResult = { ok: boolean; message: string };

/**
 * Makes the account `username` an admin, for the operator of a community
 * (the app itself never makes admins). Running it again changes nothing.
 */
export function makeAdmin(databaseUrl: string, username: string): Promise<AdminCommandResult> {
  const name = username.trim().toLowerCase();
  return withClient(databaseUrl, async (client) => {
    if (!(await hasUsersTable(client))) return NO_TABLES;
    const promoted = await client.query(
      `UPDATE users SET role = 'ADMIN', updated_at = now()
       WHERE username = $1 AND role = 'USER' AND suspended_at IS NULL`,
      [name],
    );
    if (promoted.rowCount === 1) return { ok: true, message: `${name} is now an admin.` };

    const { rows } = await client.query<{ role: string }>("SELECT role FROM users WHERE username = $1", [name]);
    const user = rows[0];
    if (!user) return { ok: false, message: `No account is named "${name}". Sign up in the app first, then run this again.` };
    if (user.role === "ADMIN") return { ok: true, message: `${name} is already an admin; nothing changed.` };
    // Not promoted, not an admin: suspended. An admin is never suspended (a CHECK constraint),
    // and lifting a suspension is a decision of its own.
    return { ok: false, message: `${name} is suspended: an admin must lift the suspension first (Unsuspend on the profile).` };
  });
}

/**
 * Makes the admin `username` a regular user again, from its next page on (the running app hears
 * of the change: lib/auth/kept-sessions.ts). Running it again changes nothing.
 */
export function revokeAdmin(databaseUrl: string, username: string): Promise<AdminCommandResult> {
  const name = username.trim().toLowerCase();
  return withClient(databaseUrl, async (client) => {
    if (!(await hasUsersTable(client))) return NO_TABLES;
    const revoked = await client.query(`UPDATE users SET role = 'USER', updated_at = now() WHERE username = $1 AND role = 'ADMIN'`, [name]);
    if (revoked.rowCount === 1) return { ok: true, message: `${name} is no longer an admin.` };

    const { rowCount } = await client.query("SELECT 1 FROM users WHERE username = $1", [name]);
    if (rowCount === 0) return { ok: false, message: `No account is named "${name}"; nothing changed.` };
    return { ok: true, message: `${name} is not an admin; nothing changed.` };
  });
}

const NO_TABLES: AdminCommandResult = {
  ok: false,
  message: "The database has no tables yet: run `npm start` once (it applies the migrations), sign up, then run this again.",
};

async function hasUsersTable(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('public.users') IS NOT NULL AS exists");
  return rows[0]?.exists === true;
}
