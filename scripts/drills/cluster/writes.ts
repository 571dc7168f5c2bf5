import type { ClusterLoad, Wish } from "./load";
import type { DrillEnvironment } from "../environment";

type Query = DrillEnvironment["query"];

/** Every acknowledged write of the cluster load, looked for in the database (and each image through HAProxy). */
export type WriteCheck = {
  acknowledgedPosts: number;
  missingPosts: string[];
  postsWithoutImage: string[];
  imagesNotServed: string[];
  /** Posts stored more than once: a write resent after an instance died would show here. */
  duplicatePosts: string[];
  wishesChecked: number;
  likesNotAsWished: number;
  followsNotAsWished: number;
};

/** How many acknowledged wishes the database does not hold: `table` has a row for (actor, target) exactly when it was wished. */
async function wishesNotHeld(query: Query, wishes: Wish[], sql: string): Promise<number> {
  const acknowledged = wishes.filter((wish) => wish.acknowledged);
  if (acknowledged.length === 0) return 0;
  const rows = await query<{ actor: string; target: string; held: boolean }>(sql, [
    acknowledged.map((wish) => wish.actorId),
    acknowledged.map((wish) => wish.targetId),
  ]);
  const held = new Map(rows.map((row) => [`${row.actor} ${row.target}`, row.held]));
  return acknowledged.filter((wish) => held.get(`${wish.actorId} ${wish.targetId}`) !== wish.wanted).length;
}

export async function checkWrites(load: ClusterLoad, proxyUrl: string, query: Query): Promise<WriteCheck> {
  const texts = load.acknowledgedPosts.map((post) => post.text);
  const stored = await query<{ text: string; copies: number; images: number; file_key: string | null }>(
    `SELECT posts.text, count(DISTINCT posts.id)::INTEGER AS copies, count(post_images.id)::INTEGER AS images, min(post_images.file_key) AS file_key
     FROM posts LEFT JOIN post_images ON post_images.post_id = posts.id
     WHERE posts.text = ANY($1::TEXT[]) OR posts.text LIKE 'Cluster drill %'
     GROUP BY posts.text`,
    [texts],
  );
  const byText = new Map(stored.map((row) => [row.text, row]));
  const missingPosts = texts.filter((text) => !byText.has(text));
  const imagePosts = load.acknowledgedPosts.filter((post) => post.withImage);
  const postsWithoutImage = imagePosts.filter((post) => byText.has(post.text) && byText.get(post.text)!.images !== 1).map((post) => post.text);

  const imagesNotServed: string[] = [];
  for (const post of imagePosts) {
    const key = byText.get(post.text)?.file_key;
    if (!key) continue;
    const response = await fetch(`${proxyUrl}/uploads/${key}`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
    await response?.arrayBuffer();
    if (response?.status !== 200) imagesNotServed.push(`${post.text} (${response?.status ?? "no answer"})`);
  }

  const likes = [...load.likes.values()];
  const follows = [...load.follows.values()];
  const likesNotAsWished = await wishesNotHeld(
    query,
    likes,
    `SELECT wish.actor, wish.target, EXISTS (SELECT 1 FROM likes WHERE likes.user_id = wish.actor AND likes.post_id = wish.target) AS held
     FROM unnest($1::TEXT[], $2::TEXT[]) AS wish (actor, target)`,
  );
  const followsNotAsWished = await wishesNotHeld(
    query,
    follows,
    `SELECT wish.actor, wish.target, EXISTS (SELECT 1 FROM follows WHERE follows.follower_id = wish.actor AND follows.followee_id = wish.target) AS held
     FROM unnest($1::TEXT[], $2::TEXT[]) AS wish (actor, target)`,
  );
  return {
    acknowledgedPosts: texts.length,
    missingPosts,
    postsWithoutImage,
    imagesNotServed,
    duplicatePosts: stored.filter((row) => row.copies > 1).map((row) => row.text),
    wishesChecked: [...likes, ...follows].filter((wish) => wish.acknowledged).length,
    likesNotAsWished,
    followsNotAsWished,
  };
}
