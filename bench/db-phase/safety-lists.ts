import type pg from "pg";

export const SAFETY_LIST_SIZE = 1_000;

/** How many rows the lists got: fewer than 1,000 accounts when the community is smaller. */
export type SafetyLists = { blocks: number; mutes: number; words: number };

/**
 * Fifty muted words as people write them: two that the generated texts use ("match" and "season",
 * sports spoilers), so the feed has posts to leave out and must read further, and 48 that they never do,
 * so the pattern is as long as a real list.
 */
export const MUTED_WORDS = [
  "match", "season",
  ...["election", "crypto", "giveaway", "spoiler", "finale", "trailer", "leak", "airdrop", "poll", "referendum"]
    .flatMap((word) => [word, `${word}s`, `#${word}`, `${word} news`]),
  "horoscope", "diet", "outrage", "drama", "scandal", "celebrity", "gossip", "rumour",
];

/**
 * Gives `readerId` the heavy safety lists for the length of `work`: 1,000 blocked accounts,
 * 1,000 muted ones and 50 muted words. The blocked accounts are chosen among those with no follow,
 * like or repost between them and the reader, either way, because a block deletes those (the
 * trigger blocks_remove_ties) and the blocks are deleted afterwards: the community the later
 * phases measure is the one generated.
 */
export async function withSafetyLists<T>(
  client: pg.ClientBase, readerId: string, work: (lists: SafetyLists) => Promise<T>,
): Promise<T> {
  const blocks = await client.query(
    `WITH tied AS (
       SELECT followee_id AS id FROM follows WHERE follower_id = $1
       UNION SELECT follower_id FROM follows WHERE followee_id = $1
       UNION SELECT p.author_id FROM likes AS l JOIN posts AS p ON p.id = l.post_id WHERE l.user_id = $1
       UNION SELECT l.user_id FROM posts AS p JOIN likes AS l ON l.post_id = p.id WHERE p.author_id = $1
       UNION SELECT p.author_id FROM reposts AS r JOIN posts AS p ON p.id = r.post_id WHERE r.user_id = $1
       UNION SELECT r.user_id FROM posts AS p JOIN reposts AS r ON r.post_id = p.id WHERE p.author_id = $1
     )
     INSERT INTO blocks (blocker_id, blocked_id)
     SELECT $1, u.id FROM users AS u
     WHERE u.id <> $1 AND u.id NOT IN (SELECT id FROM tied)
     ORDER BY md5(u.id) LIMIT ${SAFETY_LIST_SIZE}`,
    [readerId],
  );
  // Muted accounts are drawn from everyone but the blocked: some are followed, as in life.
  const mutes = await client.query(
    `INSERT INTO mutes (muter_id, muted_id)
     SELECT $1, u.id FROM users AS u
     WHERE u.id <> $1 AND NOT EXISTS (SELECT 1 FROM blocks AS b WHERE b.blocker_id = $1 AND b.blocked_id = u.id)
     ORDER BY md5(u.id || 'mute') LIMIT ${SAFETY_LIST_SIZE}`,
    [readerId],
  );
  await client.query(
    `INSERT INTO muted_words (id, user_id, phrase) SELECT 'bench-word-' || n, $1, phrase
     FROM unnest($2::text[]) WITH ORDINALITY AS w(phrase, n)`,
    [readerId, MUTED_WORDS],
  );
  await client.query("ANALYZE blocks; ANALYZE mutes; ANALYZE muted_words");
  try {
    return await work({ blocks: blocks.rowCount ?? 0, mutes: mutes.rowCount ?? 0, words: MUTED_WORDS.length });
  } finally {
    await client.query("DELETE FROM muted_words WHERE user_id = $1", [readerId]);
    await client.query("DELETE FROM mutes WHERE muter_id = $1", [readerId]);
    await client.query("DELETE FROM blocks WHERE blocker_id = $1", [readerId]);
    // Without this the later phases would plan with statistics of the lists and walk their dead index entries.
    await client.query("VACUUM ANALYZE blocks, mutes, muted_words");
  }
}
