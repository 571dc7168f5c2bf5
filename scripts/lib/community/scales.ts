/**
 * Data sizes per scale. `large` is the target community of the product issue;
 * the smaller ones keep the same shape (ratios, skew) so plans stay comparable.
 */
export type Scale = "tiny" | "small" | "medium" | "large";

export type ScaleSizes = {
  users: number;
  posts: number;
  follows: number;
  likes: number;
  /** A fifth of the likes: saving a post for later is rarer than liking it. */
  bookmarks: number;
  comments: number;
  /** A tenth of the posts: passing a post on is about a tenth of the activity. */
  reposts: number;
  /** Accounts followed by half or more of everyone. */
  celebrities: number;
  /** Accounts that follow thousands (5,000 at large). */
  powerFollowers: number;
  powerFollowerDegree: number;
};

const SIZES: Record<Scale, Omit<ScaleSizes, "powerFollowerDegree" | "reposts">> = {
  tiny: { users: 200, posts: 2_000, follows: 4_000, likes: 10_000, bookmarks: 2_000, comments: 2_000, celebrities: 2, powerFollowers: 2 },
  small: { users: 5_000, posts: 50_000, follows: 100_000, likes: 250_000, bookmarks: 50_000, comments: 50_000, celebrities: 3, powerFollowers: 5 },
  medium: { users: 20_000, posts: 200_000, follows: 400_000, likes: 1_000_000, bookmarks: 200_000, comments: 200_000, celebrities: 4, powerFollowers: 20 },
  large: { users: 100_000, posts: 1_000_000, follows: 2_000_000, likes: 5_000_000, bookmarks: 1_000_000, comments: 1_000_000, celebrities: 5, powerFollowers: 100 },
};

export const SCALES = Object.keys(SIZES) as Scale[];

export function isScale(value: string): value is Scale {
  return (SCALES as string[]).includes(value);
}

export function scaleSizes(scale: Scale): ScaleSizes {
  const sizes = SIZES[scale];
  // 5,000 where the community is big enough; otherwise a quarter of it, so tiny still has a "follows many" user.
  return { ...sizes, reposts: Math.floor(sizes.posts / 10), powerFollowerDegree: Math.min(5_000, Math.floor(sizes.users / 4)) };
}
