import type pg from "pg";

export type Subject = { id: string; username: string; count: number };

export type Subjects = {
  /** The user whose number of followed accounts is closest to 500. */
  following500: Subject;
  /** The user who follows the most accounts (5,000 at the large scale). */
  followingMost: Subject;
  /**
   * A reader of a sparse feed: following 10 or more accounts that, together,
   * wrote the fewest posts (at least three pages). The hard case for walking
   * recent posts; `count` is the number of accounts followed.
   */
  sparseReader: Subject;
  /** The author with the most posts, for the profile feed. */
  prolificAuthor: Subject;
  /** The account with the most reposts, for a profile of posts and reposts. */
  topReposter: Subject;
  /** The most used hashtag (`id` and `username` are the tag), for the tag page. */
  busiestTag: Subject;
  /** The post with the most top-level comments (`username`: its author), for a long conversation. */
  longestThread: Subject;
  /** Posts with the most comments, for the post page. */
  busyPostIds: string[];
  /** Users with a non-trivial home feed, to log in as over HTTP. */
  activeUsernames: string[];
};

async function one(client: pg.ClientBase, sql: string, params: unknown[] = []): Promise<Subject> {
  const { rows } = await client.query<{ id: string; username: string; count: string }>(sql, params);
  const row = rows[0];
  if (!row) throw new Error("The generated data has no candidate for a benchmark subject.");
  return { id: row.id, username: row.username, count: Number(row.count) };
}

const FOLLOWING = `SELECT u.id, u.username, f.count FROM users AS u
  JOIN (SELECT follower_id, count(*) FROM follows GROUP BY follower_id) AS f ON f.follower_id = u.id`;

/** Picks the users and posts the phases measure, from whatever the generator produced. */
export async function pickSubjects(client: pg.ClientBase, sessions: number): Promise<Subjects> {
  const following500 = await one(client, `${FOLLOWING} ORDER BY abs(f.count - 500), u.id LIMIT 1`);
  const followingMost = await one(client, `${FOLLOWING} ORDER BY f.count DESC, u.id LIMIT 1`);
  const sparseReader = await one(client, `SELECT u.id, u.username, f.count FROM users AS u
    JOIN (SELECT f.follower_id, count(*) AS count, sum(coalesce(p.posts, 0)) AS posts FROM follows AS f
          LEFT JOIN (SELECT author_id, count(*) AS posts FROM posts GROUP BY author_id) AS p ON p.author_id = f.followee_id
          GROUP BY f.follower_id) AS f ON f.follower_id = u.id
    WHERE f.count >= 10 AND f.posts >= 61 ORDER BY f.posts, u.id LIMIT 1`);
  const prolificAuthor = await one(client, `SELECT u.id, u.username, p.count FROM users AS u
    JOIN (SELECT author_id, count(*) FROM posts GROUP BY author_id) AS p ON p.author_id = u.id
    ORDER BY p.count DESC, u.id LIMIT 1`);
  const topReposter = await one(client, `SELECT u.id, u.username, r.count FROM users AS u
    JOIN (SELECT user_id, count(*) FROM reposts GROUP BY user_id) AS r ON r.user_id = u.id
    ORDER BY r.count DESC, u.id LIMIT 1`);
  const busiestTag = await one(client, "SELECT tag AS id, tag AS username, count(*) FROM post_tags GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 1");
  const longestThread = await one(client, `SELECT c.post_id AS id, u.username, count(*) FROM comments AS c
    JOIN posts AS p ON p.id = c.post_id JOIN users AS u ON u.id = p.author_id
    WHERE c.parent_id IS NULL GROUP BY c.post_id, u.username ORDER BY count(*) DESC, c.post_id LIMIT 1`);
  const posts = await client.query<{ post_id: string }>(
    "SELECT post_id FROM comments GROUP BY post_id ORDER BY count(*) DESC, post_id LIMIT 100",
  );
  const active = await client.query<{ username: string }>(
    `${FOLLOWING} WHERE f.count BETWEEN 20 AND 1000 ORDER BY u.id LIMIT $1`,
    [sessions],
  );
  return {
    following500, followingMost, sparseReader, prolificAuthor, topReposter, busiestTag, longestThread,
    busyPostIds: posts.rows.map((row) => row.post_id),
    activeUsernames: active.rows.map((row) => row.username),
  };
}
