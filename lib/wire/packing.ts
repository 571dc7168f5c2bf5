import type { PublicUser } from "@/lib/profiles/public-user";

// What lists of cards and comments send to their client components, which
// Next.js serializes into the page's RSC payload and again, escaped, into its
// HTML: each author once, each row as a short tuple of the fields every row
// has, followed by only those of its other fields that do not hold their
// usual value (issue 11's page bytes; lib/posts/packed-page.ts, lib/comments/packed-tree.ts).

/** An author: id, username, display name, then the avatar and the role only where they are not null and USER. */
export type PackedAuthor =
  | [id: string, username: string, displayName: string]
  | [id: string, username: string, displayName: string, avatarKey: string | null]
  | [id: string, username: string, displayName: string, avatarKey: string | null, role: PublicUser["role"]];

function packAuthor({ id, username, displayName, avatarKey, role }: PublicUser): PackedAuthor {
  if (role !== "USER") return [id, username, displayName, avatarKey, role];
  return avatarKey === null ? [id, username, displayName] : [id, username, displayName, avatarKey];
}

function unpackAuthor([id, username, displayName, avatarKey = null, role = "USER"]: PackedAuthor): PublicUser {
  return { id, username, displayName, avatarKey, role };
}

/** Each author once, in order of appearance; `placeOf` gives a row's author its place. */
export function authorTable() {
  const authors: PackedAuthor[] = [];
  const places = new Map<string, number>();
  const placeOf = (author: PublicUser): number => {
    const known = places.get(author.id);
    if (known !== undefined) return known;
    places.set(author.id, authors.length);
    return authors.push(packAuthor(author)) - 1;
  };
  return { authors, placeOf };
}

/** The author a packed row names by its place in the table. */
export function authorAt(authors: PackedAuthor[], place: number): PublicUser {
  const author = authors[place];
  if (!author) throw new Error(`A packed row names author ${place} of ${authors.length}`);
  return unpackAuthor(author);
}

/**
 * Those of `fields` whose value is not the usual one (an empty list is usual
 * when the usual one is), or undefined when all are: rows end with it.
 */
export function unusualFields<Fields extends object>(fields: Fields, usual: Partial<Fields>): Partial<Fields> | undefined {
  const unusual: Partial<Fields> = {};
  let any = false;
  for (const key of Object.keys(fields) as (keyof Fields)[]) {
    const value = fields[key];
    const usualValue = usual[key];
    const isUsual = key in usual && (Array.isArray(value) ? Array.isArray(usualValue) && value.length === 0 : value === usualValue);
    if (!isUsual && value !== undefined) {
      unusual[key] = value;
      any = true;
    }
  }
  return any ? unusual : undefined;
}
