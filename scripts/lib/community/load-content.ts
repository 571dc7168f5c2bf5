import type pg from "pg";
import type { ScaleSizes } from "./scales";
import { corpusText, idOf, skewedRank, timeSince } from "./sql-fragments";

/**
 * Posts over the last year (each after its author joined, so newer accounts
 * have fewer), 10% of them from a power law of prolific authors. Keeps
 * `gen_posts` (row number → id, created_at) for likes and comments.
 */
export async function loadPosts(client: pg.Client, sizes: ScaleSizes, corpus: string) {
  await client.query(
    `CREATE TEMP TABLE gen_posts AS
     SELECT j, ${idOf("post", "j")} AS id, u.id AS author_id, ${timeSince("u.created_at")} AS created_at
     FROM (SELECT j, ${skewedRank("$2::int", 0.1)} AS author FROM generate_series(1, $1::int) AS j) AS drawn
     JOIN gen_users AS u ON u.i = drawn.author`,
    [sizes.posts, sizes.users],
  );
  await client.query("ALTER TABLE gen_posts ADD PRIMARY KEY (j)");
  // Posts are at most 500 characters in the app; most are short (mean 140).
  await client.query(
    `INSERT INTO posts (id, author_id, text, created_at)
     SELECT id, author_id, ${corpusText("$1", 140, 500)}, created_at FROM gen_posts`,
    [corpus],
  );
}

/**
 * Likes, bookmarks or reposts (one per person and post): heavy users and viral posts
 * from power laws, the rest uniform; 30% more candidates than needed,
 * duplicates removed, exactly `sizes[table]` kept.
 */
export async function loadPersonPostPairs(client: pg.Client, sizes: ScaleSizes, table: "likes" | "bookmarks" | "reposts") {
  await client.query(
    `INSERT INTO ${table} (user_id, post_id, created_at)
     SELECT u.id, p.id, p.created_at + random() * (now() - p.created_at) * 0.2
     FROM (SELECT DISTINCT liker, post
           FROM (SELECT ${skewedRank("$2::int", 0.3)} AS liker, ${skewedRank("$3::int", 0.4)} AS post
                 FROM generate_series(1, ceil($1::int * 1.3)::int)) AS candidates
           LIMIT $1::int) AS picked
     JOIN gen_users AS u ON u.i = picked.liker
     JOIN gen_posts AS p ON p.j = picked.post`,
    [sizes[table], sizes.users, sizes.posts],
  );
}

/** `count` comments on posts: conversations gather on popular posts; shorter texts (mean 80 characters). */
export async function loadComments(client: pg.Client, sizes: ScaleSizes, corpus: string, count: number) {
  await client.query(
    `INSERT INTO comments (id, post_id, author_id, text, created_at)
     SELECT ${idOf("comment", "k")}, p.id, u.id, ${corpusText("$4", 80, 500)},
            p.created_at + random() * (now() - p.created_at) * 0.1
     FROM (SELECT k, ${skewedRank("$3::int", 0.4)} AS post, ${skewedRank("$2::int", 0.2)} AS author
           FROM generate_series(1, $1::int) AS k) AS drawn
     JOIN gen_posts AS p ON p.j = drawn.post
     JOIN gen_users AS u ON u.i = drawn.author`,
    [count, sizes.users, sizes.posts, corpus],
  );
}
