import type pg from "pg";

// What a backup needs to know about the tables of the current schema, read from PostgreSQL's catalog.

export type TableLayout = {
  name: string;
  /** The columns that take values: generated columns are recomputed by the database. */
  columns: { name: string; type: string }[];
  primaryKey: string[];
  /** CREATE TABLE for a table no migration creates (Prisma's own `_prisma_migrations`). */
  definition: string;
};

type ColumnRow = { table: string; name: string; type: string; notNull: boolean; default: string | null; generated: string };

/** Every table of the current schema, parents before the tables whose foreign keys point at them. */
export async function fetchTableLayouts(client: pg.Client): Promise<TableLayout[]> {
  const { rows: columns } = await client.query<ColumnRow>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS "notNull", pg_get_expr(d.adbin, d.adrelid) AS default, a.attgenerated AS generated
       FROM pg_class c
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
      ORDER BY c.relname, a.attnum`,
  );
  const { rows: constraints } = await client.query<{ table: string; name: string; type: string; definition: string; keys: string[]; references: string | null }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype AS type,
            pg_get_constraintdef(c.oid) AS definition, c.confrelid::regclass::text AS references,
            ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, i)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.i)::text[] AS keys
       FROM pg_constraint c
      WHERE c.connamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u', 'c', 'f')
      ORDER BY c.conname`,
  );

  const names = [...new Set(columns.map((column) => column.table))];
  const layouts = names.map((table): TableLayout => {
    const own = columns.filter((column) => column.table === table);
    const ownConstraints = constraints.filter((constraint) => unquote(constraint.table) === table);
    return {
      name: table,
      columns: own.filter((column) => column.generated === "").map(({ name, type }) => ({ name, type })),
      primaryKey: ownConstraints.find((constraint) => constraint.type === "p")?.keys ?? [],
      definition: createTableStatement(table, own, ownConstraints),
    };
  });
  const parents = new Map(names.map((table) => [table, new Set<string>()]));
  for (const constraint of constraints) {
    const child = unquote(constraint.table);
    const parent = constraint.references && unquote(constraint.references);
    // A table referring to itself (posts, by quotes) is loaded with that key deferred: see restoreDatabase.
    if (constraint.type === "f" && parent && parent !== child) parents.get(child)?.add(parent);
  }
  return parentsFirst(layouts, parents);
}

function parentsFirst(layouts: TableLayout[], parents: Map<string, Set<string>>): TableLayout[] {
  const ordered: TableLayout[] = [];
  const placed = new Set<string>();
  while (ordered.length < layouts.length) {
    const ready = layouts.filter((table) => !placed.has(table.name) && [...parents.get(table.name)!].every((parent) => placed.has(parent)));
    if (ready.length === 0) throw new Error("The tables' foreign keys form a cycle; this backup cannot order them.");
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
  }
  return ordered;
}

function createTableStatement(table: string, columns: ColumnRow[], constraints: { name: string; definition: string }[]): string {
  const lines = columns.map((column) => {
    const value =
      column.generated === "s" ? ` GENERATED ALWAYS AS (${column.default}) STORED` : column.default ? ` DEFAULT ${column.default}` : "";
    return `${quote(column.name)} ${column.type}${value}${column.notNull ? " NOT NULL" : ""}`;
  });
  lines.push(...constraints.map((constraint) => `CONSTRAINT ${quote(constraint.name)} ${constraint.definition}`));
  return `CREATE TABLE ${quote(table)} (\n  ${lines.join(",\n  ")}\n)`;
}

/** Creates the tables of the backup that the migrations did not create. */
export async function createMissingTables(client: pg.Client, tables: TableLayout[]): Promise<void> {
  const existing = new Set(await listTables(client));
  for (const table of tables) if (!existing.has(table.name)) await client.query(table.definition);
}

/** Names of the tables in every non-system schema. */
export async function listTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY tablename`,
  );
  return rows.map((row) => row.name);
}

export async function fetchSequences(client: pg.Client): Promise<{ name: string; value: string }[]> {
  const { rows } = await client.query<{ name: string; value: string }>(
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences
      WHERE schemaname = current_schema() AND last_value IS NOT NULL ORDER BY sequencename`,
  );
  return rows;
}

export async function setSequences(client: pg.Client, sequences: { name: string; value: string }[]): Promise<void> {
  for (const { name, value } of sequences) {
    await client.query("SELECT setval(format('%I', $1::text)::regclass, $2::bigint)", [name, value]);
  }
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** `regclass::text` quotes names only when they need it. */
function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name;
}
