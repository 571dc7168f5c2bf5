import type pg from "pg";

const LOADED_TABLES = ["users", "posts", "follows", "likes", "bookmarks", "reposts", "comments", "post_tags", "post_mentions", "post_stats"];

/**
 * Drops the secondary indexes of the loaded tables and returns their
 * definitions: building an index once after the load is far cheaper than
 * maintaining it row by row (the GIN ones above all). Primary keys, unique
 * constraints and the unique indexes foreign keys point at (comments'
 * (post_id, id), for replies) stay, so the data is still checked while it lands.
 */
export async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition
     FROM pg_indexes AS i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c
                       WHERE c.conname = i.indexname OR c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [LOADED_TABLES],
  );
  for (const { name } of rows) await client.query(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  return rows.map((row) => row.definition);
}

/** Rebuilds the indexes from their own definitions (pg_indexes.indexdef). */
export async function recreateIndexes(client: pg.Client, definitions: string[]) {
  for (const definition of definitions) await client.query(definition);
}

/**
 * Session settings for a bulk load. Foreign-key triggers are skipped when the
 * role may do so (superuser, as in the embedded server): the generator
 * derives every reference from rows it has just inserted.
 */
export async function prepareBulkSession(client: pg.Client): Promise<{ foreignKeyChecks: boolean }> {
  await client.query("SET synchronous_commit = off");
  await client.query("SET work_mem = '256MB'");
  await client.query("SET maintenance_work_mem = '1GB'");
  try {
    await client.query("SET session_replication_role = replica");
    return { foreignKeyChecks: false };
  } catch {
    return { foreignKeyChecks: true };
  }
}

export type TableCounts = Record<(typeof LOADED_TABLES)[number], number>;

export async function countRows(client: pg.Client): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of LOADED_TABLES) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "${table}"`);
    counts[table] = Number(rows[0]?.count ?? 0);
  }
  return counts;
}

/** Counts every post's likes, comments and reposts into post_stats, and every account's posts and follows into user_stats: triggers keep them, and the load skipped those. */
export async function recountStats(client: pg.Client) {
  await client.query("SELECT recount_post_stats()");
  await client.query("SELECT recount_user_stats()");
}

/** Fresh statistics and visibility map, as in a database that has been running for a while. */
export async function vacuumAnalyze(client: pg.Client) {
  for (const table of LOADED_TABLES) await client.query(`VACUUM (ANALYZE) "${table}"`);
}
