import type pg from "pg";
import type { ScaleSizes } from "./scales";
import { skewedRank, timeSince } from "./sql-fragments";

/** Share of everyone that celebrity c (1-based) is followed by: 62%, 59%, 56%, … */
const REACH = { top: 0.65, step: 0.03 };
const celebrityReach = (c: number) => REACH.top - REACH.step * c;
/** Most users are lurkers who follow 0–5 accounts (2.5 on average). */
const LURKER_MEAN = 2.5;

/** Out-degrees of "typical active" users: log-uniform in [low, high] (50–500 at large). */
function activeRange(users: number) {
  const low = Math.min(50, Math.floor(users / 10));
  const high = Math.min(500, Math.floor(users / 2));
  return { low, high, mean: (high - low) / Math.log(high / low) };
}

/**
 * How many active users make the total come out at `sizes.follows`, given the
 * celebrity edges, the power followers and the lurkers.
 */
function activeUserCount(sizes: ScaleSizes): number {
  let celebrityEdges = 0;
  for (let c = 1; c <= sizes.celebrities; c++) celebrityEdges += celebrityReach(c) * (sizes.users - 1);
  const remaining = sizes.follows - celebrityEdges - sizes.powerFollowers * sizes.powerFollowerDegree;
  const others = sizes.users - sizes.powerFollowers;
  const count = (remaining - LURKER_MEAN * others) / (activeRange(sizes.users).mean - LURKER_MEAN);
  return Math.max(0, Math.min(others, Math.round(count)));
}

/**
 * Follows with a skewed shape: a few celebrities followed by half of everyone,
 * a power law below them, power followers who follow thousands, active users
 * who follow 50–500 and a majority who follow a handful. Pairs are unique and
 * never self-follows by construction (DISTINCT, i <> j).
 */
export async function loadFollows(client: pg.Client, sizes: ScaleSizes) {
  const range = activeRange(sizes.users);
  // Who is a power follower, an active user or a lurker is decided by a random shuffle, independent of popularity.
  await client.query(
    `CREATE TEMP TABLE gen_degrees AS
     SELECT i, CASE WHEN s <= $1::int THEN $2::int
                    WHEN s <= $1::int + $3::int THEN floor(exp(ln($4::float8) + random() * ln($5::float8 / $4::float8)))::int
                    ELSE floor(random() * 6)::int END AS degree
     FROM (SELECT i, row_number() OVER (ORDER BY random()) AS s FROM gen_users) AS shuffled`,
    [sizes.powerFollowers, sizes.powerFollowerDegree, activeUserCount(sizes), range.low, range.high],
  );
  // random() is drawn in the subquery's output, per pair: as a join filter the
  // planner would push it down and draw it once per celebrity.
  await client.query(
    `INSERT INTO follows (follower_id, followee_id, created_at)
     SELECT follower, followee, ${timeSince("since")}
     FROM (SELECT f.id AS follower, c.id AS followee, c.i AS rank, random() AS roll,
                  greatest(f.created_at, c.created_at) AS since
           FROM gen_users AS c JOIN gen_users AS f ON f.i <> c.i
           WHERE c.i <= $1::int) AS pairs
     WHERE roll < $2::float8 - $3::float8 * rank`,
    [sizes.celebrities, REACH.top, REACH.step],
  );
  // Twice as many candidates as needed, half of them from the power law over
  // non-celebrities; after removing duplicates each user keeps exactly `degree`.
  await client.query(
    `INSERT INTO follows (follower_id, followee_id, created_at)
     SELECT f.id, e.id, ${timeSince("greatest(f.created_at, e.created_at)")}
     FROM (SELECT follower, followee, degree,
                  row_number() OVER (PARTITION BY follower ORDER BY random()) AS n
           FROM (SELECT DISTINCT d.i AS follower, $1::int + ${skewedRank("$2::int", 0.5)} AS followee, d.degree
                 FROM gen_degrees AS d, LATERAL generate_series(1, 2 * d.degree + 2) AS draw
                 WHERE d.degree > 0) AS candidates
           WHERE follower <> followee) AS picked
     JOIN gen_users AS f ON f.i = picked.follower
     JOIN gen_users AS e ON e.i = picked.followee
     WHERE picked.n <= picked.degree`,
    [sizes.celebrities, sizes.users - sizes.celebrities],
  );
}
