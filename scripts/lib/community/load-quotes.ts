import type pg from "pg";
import type { ScaleSizes } from "./scales";
import { skewedRank } from "./sql-fragments";

/** About this share of posts quote another post. */
export const QUOTE_SHARE = 0.03;

/**
 * Quote posts: about QUOTE_SHARE of the posts quote an older post, popular
 * ones most (the power law of likes). Set on posts already loaded, so the
 * posts' own load stays as it is; drawn targets that are not older are dropped.
 */
export async function loadQuotes(client: pg.Client, sizes: ScaleSizes) {
  await client.query(
    `UPDATE posts SET quoted_post_id = quoted.id, is_quote = true
     FROM (SELECT j, ${skewedRank("$1::int", 0.4)} AS quoted_j FROM gen_posts WHERE random() < $2::float8) AS drawn
     JOIN gen_posts AS quoting ON quoting.j = drawn.j
     JOIN gen_posts AS quoted ON quoted.j = drawn.quoted_j
     WHERE posts.id = quoting.id AND quoted.created_at < quoting.created_at`,
    [sizes.posts, QUOTE_SHARE],
  );
}
