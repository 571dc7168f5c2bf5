import type { PublicUser } from "@/lib/profiles/public-user";

// What lists of cards and comments send to their client components, which
// Next.js serializes into the page's RSC payload and again, inline, into its
// HTML: each author once, and each row without the fields that hold their
// usual value (issue 11's page bytes; lib/posts/packed-page.ts, lib/comments/packed-tree.ts).

/** An author without a picture, or whose role is USER, leaves those out. */
export type PackedAuthor = Omit<PublicUser, "avatarKey" | "role"> & Partial<Pick<PublicUser, "avatarKey" | "role">>;

function packAuthor({ avatarKey, role, ...author }: PublicUser): PackedAuthor {
  return { ...author, ...(avatarKey !== null && { avatarKey }), ...(role !== "USER" && { role }) };
}

export function unpackAuthor({ avatarKey = null, role = "USER", ...author }: PackedAuthor): PublicUser {
  return { ...author, avatarKey, role };
}

/** Each author once, in order of appearance; `indexOf` gives a row's author its place. */
export function authorTable() {
  const authors: PackedAuthor[] = [];
  const places = new Map<string, number>();
  const indexOf = (author: PublicUser): number => {
    const known = places.get(author.id);
    if (known !== undefined) return known;
    places.set(author.id, authors.length);
    return authors.push(packAuthor(author)) - 1;
  };
  return { authors, indexOf };
}

/** The author a packed row names by its place in the table. */
export function authorAt(authors: PackedAuthor[], index: number): PublicUser {
  const author = authors[index];
  if (!author) throw new Error(`A packed row names author ${index} of ${authors.length}`);
  return unpackAuthor(author);
}

/** `row` without the fields whose value is the usual one (an empty list counts as usual when the usual one is). */
export function withoutUsual<Packed extends object>(row: Packed, usual: Partial<Packed>): Packed {
  const packed = { ...row };
  for (const key of Object.keys(usual) as (keyof Packed)[]) {
    const value = packed[key];
    const usualValue = usual[key];
    if (Array.isArray(value) ? Array.isArray(usualValue) && value.length === 0 : value === usualValue) delete packed[key];
  }
  return packed;
}
