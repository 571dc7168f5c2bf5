import { db, type Tx } from "@/lib/db";

/**
 * How long a claim keeps its file: a request that died between storing an image and writing its
 * row leaves its claim behind, and the file may go once no one else claims or uses it.
 */
const CLAIM_LIFETIME_MS = 60 * 60_000;

/**
 * Takes the lock on the file named `key` until `tx` ends. A new claim and cleanup's check and
 * delete both hold it, so cleanup cannot check, see no claim, and delete a file claimed meanwhile.
 */
export async function lockFileName(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`upload:${key}`}, 0))`;
}

/** Claims the file `key` for a row about to be written; answers the claim, for releaseClaims. */
export async function claimFile(key: string): Promise<string> {
  return db.$transaction(async (tx) => {
    await lockFileName(tx, key);
    const claim = await tx.uploadClaim.create({ data: { fileKey: key }, select: { id: true } });
    return claim.id;
  });
}

/** Ends `claims`: in `tx`, the transaction that writes the rows using their files, or on their own once they are given up. */
export async function releaseClaims(claims: readonly string[], tx?: Tx): Promise<void> {
  if (claims.length > 0) await (tx ?? db).uploadClaim.deleteMany({ where: { id: { in: [...claims] } } });
}

/** Of `keys`, those a standing claim keeps. */
export async function claimedFiles(tx: Tx, keys: readonly string[]): Promise<Set<string>> {
  const claims = await tx.uploadClaim.findMany({
    where: { fileKey: { in: [...keys] }, createdAt: { gt: new Date(Date.now() - CLAIM_LIFETIME_MS) } },
    select: { fileKey: true },
  });
  return new Set(claims.map((claim) => claim.fileKey));
}
