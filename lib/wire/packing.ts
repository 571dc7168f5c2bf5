import type { PublicUser } from "@/lib/profiles/public-user";

// What lists of cards and comments send to their client components, which
// Next.js serializes into the page's RSC payload and again, escaped, into its
// HTML: each author once, each row as a short tuple of the fields every row
// has, followed by only those of its other fields that do not hold their
// usual value (issue 11's page bytes; lib/posts/packed-page.ts, lib/comments/packed-tree.ts).

/**
 * An author: id, username, display name, then the avatar and the role only
 * where they are not null and USER. The id is sent for the viewer alone, and
 * is "" for anyone else: a client only compares an author's id with the
 * viewer's (Delete or Report, "You reposted"), and no viewer's id is "".
 */
export type PackedAuthor =
  | [id: string, username: string, displayName: string]
  | [id: string, username: string, displayName: string, avatarKey: string | null]
  | [id: string, username: string, displayName: string, avatarKey: string | null, role: PublicUser["role"]];

/** What an author who is not the viewer unpacks with as their id (see PackedAuthor). */
export const NOT_THE_VIEWER = "";

function packAuthor({ id: authorId, username, displayName, avatarKey, role }: PublicUser, viewerId: string | null): PackedAuthor {
  const id = authorId === viewerId ? authorId : NOT_THE_VIEWER;
  if (role !== "USER") return [id, username, displayName, avatarKey, role];
  return avatarKey === null ? [id, username, displayName] : [id, username, displayName, avatarKey];
}

function unpackAuthor([id, username, displayName, avatarKey = null, role = "USER"]: PackedAuthor): PublicUser {
  return { id, username, displayName, avatarKey, role };
}

/** Someone named in a row (a reposter): the start of a PublicUser, which is all a packed author must hold. */
export type NamedPerson = Pick<PublicUser, "id" | "username" | "displayName">;

/**
 * Each author once, in order of appearance; `placeOf` gives a row's author its
 * place. `placeOfName` gives someone only named one, reusing their place as an
 * author: call it only once every author is placed, so that a place it adds
 * (without avatar and role) never stands for an author. Only `viewerId`'s id is kept.
 */
export function authorTable(viewerId: string | null) {
  const authors: PackedAuthor[] = [];
  const places = new Map<string, number>();
  const place = (id: string, packed: () => PackedAuthor): number => {
    const known = places.get(id);
    if (known !== undefined) return known;
    places.set(id, authors.length);
    return authors.push(packed()) - 1;
  };
  const placeOf = (author: PublicUser) => place(author.id, () => packAuthor(author, viewerId));
  const placeOfName = ({ id, username, displayName }: NamedPerson) => place(id, () => [id === viewerId ? id : NOT_THE_VIEWER, username, displayName]);
  return { authors, placeOf, placeOfName };
}

/** The author a packed row names by its place in the table. */
export function authorAt(authors: PackedAuthor[], place: number): PublicUser {
  const author = authors[place];
  if (!author) throw new Error(`A packed row names author ${place} of ${authors.length}`);
  return unpackAuthor(author);
}

/** Someone a packed row names by their place in the table (placeOfName). */
export function nameAt(authors: PackedAuthor[], place: number): NamedPerson {
  const { id, username, displayName } = authorAt(authors, place);
  return { id, username, displayName };
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
