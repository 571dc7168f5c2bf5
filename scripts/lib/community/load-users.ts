import type pg from "pg";
import type { ScaleSizes } from "./scales";
import { corpusText, idOf } from "./sql-fragments";

const FIRST_NAMES = ["ada", "bruno", "chen", "dana", "elif", "farah", "gus", "hana", "ivan", "jo", "kofi", "lena",
  "mika", "nora", "omar", "pia", "quinn", "rosa", "sami", "tomas", "uma", "vera", "wen", "yusuf", "zoe"];
const LAST_NAMES = ["lee", "garcia", "smith", "okafor", "nguyen", "muller", "rossi", "kim", "silva", "novak",
  "haddad", "berg", "tanaka", "costa", "ward", "singh"];

/**
 * Users, and the scratch table `gen_users` (row number → id, created_at, how
 * many accounts the user will follow) that the other loaders join on.
 * Rank i is also popularity: user 1 is the most followed.
 */
export async function loadUsers(client: pg.Client, sizes: ScaleSizes, passwordHash: string, corpus: string) {
  await client.query(
    `CREATE TEMP TABLE gen_users AS
     SELECT i, ${idOf("user", "i")} AS id,
            now() - interval '395 days' + random() * interval '365 days' AS created_at
     FROM generate_series(1, $1::int) AS i`,
    [sizes.users],
  );
  await client.query("ALTER TABLE gen_users ADD PRIMARY KEY (i)");
  // Usernames: first name, last name and the row number, which keeps them unique and ≤ 30 characters.
  await client.query(
    `INSERT INTO users (id, username, email, password_hash, display_name, bio, created_at, updated_at, email_verified_at)
     SELECT id, name, name || '@bench.example', $1, display, bio, created_at, created_at, created_at
     FROM (SELECT g.id, g.created_at,
                  f || '_' || l || '_' || g.i AS name,
                  initcap(f) || ' ' || initcap(l) AS display,
                  CASE WHEN random() < 0.3 THEN '' ELSE ${corpusText("$4", 70, 160)} END AS bio
           FROM gen_users g,
                LATERAL (SELECT ($2::text[])[1 + g.i % cardinality($2::text[])] AS f,
                                ($3::text[])[1 + (g.i / 7) % cardinality($3::text[])] AS l) AS names) AS u`,
    [passwordHash, FIRST_NAMES, LAST_NAMES, corpus],
  );
}
