import { describe, expect, inject, it } from "vitest";
import { createDatabase, databaseUrl, dropDatabase, quoteIdentifier, withClient } from "./database";

async function databaseExists(name: string): Promise<boolean> {
  return withClient(databaseUrl(inject("databaseServerUrl"), "postgres"), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  });
}

describe("quoteIdentifier", () => {
  it("wraps a name in double quotes, doubling the quotes inside it", () => {
    expect(quoteIdentifier("commons")).toBe('"commons"');
    expect(quoteIdentifier('we"ird')).toBe('"we""ird"');
  });

  it("keeps a hostile database name one identifier on a real server", async () => {
    const name = `${inject("databasePrefix")}_A-b "c"; DROP DATABASE postgres; --`;

    const url = await createDatabase(inject("databaseServerUrl"), name);

    expect(await databaseExists(name)).toBe(true);
    expect(await databaseExists("postgres")).toBe(true);
    const current = await withClient(url, (client) => client.query<{ name: string }>("SELECT current_database() AS name"));
    expect(current.rows[0]?.name).toBe(name);

    await dropDatabase(inject("databaseServerUrl"), name);
    expect(await databaseExists(name)).toBe(false);
  });

  it("creates databases that compare text byte by byte, whatever the server's locale", async () => {
    const serverUrl = inject("databaseServerUrl");
    const name = `${inject("databasePrefix")}_collation`;

    const url = await createDatabase(serverUrl, name);

    const [row] = await withClient(url, async (client) => {
      const { rows } = await client.query<{ collation: string; ordered: string[] }>(
        `SELECT datcollate AS collation,
                (SELECT array_agg(word ORDER BY word) FROM unnest(ARRAY['b', 'a', 'B', 'é', 'z']) AS word) AS ordered
         FROM pg_database WHERE datname = current_database()`,
      );
      return rows;
    });
    expect(row?.collation).toBe("C");
    // Code point order: capitals first, then small letters, then accented ones.
    expect(row?.ordered).toEqual(["B", "a", "b", "z", "é"]);
    await dropDatabase(serverUrl, name);
  });
});
