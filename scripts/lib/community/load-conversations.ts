import type pg from "pg";
import type { ScaleSizes } from "./scales";
import { corpusText, idOf, skewedRank } from "./sql-fragments";

// What turns posts and comments into conversations: hashtags, mentions and
// replies to comments. Tags and mentions are appended to texts already loaded
// and stored in their tables as the app stores them (lib/tags/store.ts), so a
// generated post renders its links and is found on its tag page.

/** About this share of posts carry one hashtag. */
export const TAGGED_SHARE = 0.1;
/** About this share of posts mention one account. */
export const MENTIONING_SHARE = 0.05;
/** Comments that are replies: two rounds of this share each, so threads reach three levels. */
export const REPLY_SHARE = 0.2;
export const REPLY_ROUNDS = 2;

/** Hashtags drawn from a power law over this many: a few topics dominate, the tail is numbered. */
const TAG_COUNT = 2_000;
const TOPICS = ["photography", "gardening", "coffee", "music", "books", "cycling", "cooking", "opensource",
  "weekend", "rain", "cats", "dogs", "hiking", "art", "football", "release", "recipes", "travel", "science", "film"];

/**
 * Appends each post's hashtag and mention (gen_tags, gen_mentions) to its
 * text in one pass, cutting the text so that both fit in the app's 500 characters.
 */
export async function writeLinksIntoTexts(client: pg.Client) {
  await client.query(
    `UPDATE posts SET text = left(posts.text, 500 - length(links.suffix)) || links.suffix
     FROM (SELECT post_id, string_agg(' ' || mark, '' ORDER BY mark) AS suffix
           FROM (SELECT post_id, '#' || word AS mark FROM gen_tags UNION ALL SELECT post_id, '@' || word FROM gen_mentions) AS marks
           GROUP BY post_id) AS links
     WHERE posts.id = links.post_id`,
  );
}

/** One hashtag on about TAGGED_SHARE of the posts, in post_tags (writeLinksIntoTexts adds it to the text). */
export async function loadTags(client: pg.Client) {
  await client.query(
    `CREATE TEMP TABLE gen_tags AS
     SELECT p.id AS post_id, p.author_id, p.created_at,
            CASE WHEN drawn.rank <= cardinality($2::text[]) THEN ($2::text[])[drawn.rank] ELSE 'topic' || drawn.rank END AS word
     FROM (SELECT j, ${skewedRank("$3::int", 0.5)} AS rank FROM gen_posts WHERE random() < $1::float8) AS drawn
     JOIN gen_posts AS p ON p.j = drawn.j`,
    [TAGGED_SHARE, TOPICS, TAG_COUNT],
  );
  await client.query(
    `INSERT INTO post_tags (post_id, tag, created_at, author_id) SELECT post_id, word, created_at, author_id FROM gen_tags`,
  );
}

/** One mention of another account on about MENTIONING_SHARE of the posts, popular accounts most, in post_mentions. */
export async function loadMentions(client: pg.Client, sizes: ScaleSizes) {
  await client.query(
    `CREATE TEMP TABLE gen_mentions AS
     SELECT p.id AS post_id, p.created_at, u.id AS user_id, u.username AS word
     FROM (SELECT j, ${skewedRank("$2::int", 0.5)} AS mentioned FROM gen_posts WHERE random() < $1::float8) AS drawn
     JOIN gen_posts AS p ON p.j = drawn.j
     JOIN gen_users AS g ON g.i = drawn.mentioned
     JOIN users AS u ON u.id = g.id
     WHERE u.id <> p.author_id`,
    [MENTIONING_SHARE, sizes.users],
  );
  await client.query(`INSERT INTO post_mentions (post_id, user_id, created_at) SELECT post_id, user_id, created_at FROM gen_mentions`);
}

/**
 * Replies: REPLY_ROUNDS rounds, each answering comments drawn from all that
 * exist so far (a reply of round 1 can be answered in round 2), on the same
 * post and after the comment answered.
 */
export async function loadReplies(client: pg.Client, sizes: ScaleSizes, corpus: string) {
  const perRound = Math.floor(sizes.comments * REPLY_SHARE);
  for (let round = 1; round <= REPLY_ROUNDS; round++) {
    await client.query("DROP TABLE IF EXISTS gen_comments");
    await client.query(
      "CREATE TEMP TABLE gen_comments AS SELECT (row_number() OVER ())::int AS k, id, post_id, created_at FROM comments",
    );
    await client.query("ALTER TABLE gen_comments ADD PRIMARY KEY (k)");
    const { rows } = await client.query<{ count: number }>("SELECT count(*)::int AS count FROM gen_comments");
    await client.query(
      `INSERT INTO comments (id, post_id, parent_id, author_id, text, created_at)
       SELECT ${idOf("comment", `('reply' || $5::int || ':' || n)`)}, parent.post_id, parent.id, u.id, ${corpusText("$4", 80, 500)},
              parent.created_at + random() * (now() - parent.created_at) * 0.1
       FROM (SELECT n, ${skewedRank("$3::int", 0.3)} AS parent, ${skewedRank("$2::int", 0.2)} AS author
             FROM generate_series(1, $1::int) AS n) AS drawn
       JOIN gen_comments AS parent ON parent.k = drawn.parent
       JOIN gen_users AS u ON u.i = drawn.author`,
      [perRound, sizes.users, rows[0]?.count ?? 0, corpus, round],
    );
  }
}

/** How many comments are loaded before the replies: together they make `sizes.comments`. */
export function topLevelComments(sizes: ScaleSizes): number {
  return sizes.comments - REPLY_ROUNDS * Math.floor(sizes.comments * REPLY_SHARE);
}
