import { db } from "@/lib/db";
import { claimedFiles, lockFileName, releaseClaims } from "./claims";
import { deleteImage, isFileKey } from "./storage";

/**
 * Deletes the stored files among `keys` that no row references and no upload claims any more.
 * Files are named by their content, so two users who upload the same picture
 * share one file, and removing one user's reference must not remove it for the
 * other. Call it after the change that dropped the references is committed.
 *
 * An upload stores its file before the row that will use it: its claim (lib/uploads/claims.ts)
 * stands for that row meanwhile. Each file is checked and deleted under the lock on its name
 * that a new claim takes, so a claim cannot land between the check and the delete.
 */
export async function deleteUnreferencedFiles(keys: string[]): Promise<void> {
  // Only keys shaped like the ones storeImage writes can name a stored file.
  const candidates = [...new Set(keys.filter(isFileKey))].sort();
  if (candidates.length === 0) return;

  await db.$transaction(async (tx) => {
    // In one order everywhere, so that two cleanups of the same files cannot wait for each other.
    for (const key of candidates) await lockFileName(tx, key);
    // Claims first, rows after: a row takes over from its claim in one commit, so a claim this
    // read misses was either given up or became a row that the reads below do see.
    const claimed = await claimedFiles(tx, candidates);
    const [avatars, postImages] = await Promise.all([
      tx.user.findMany({ where: { avatarKey: { in: candidates } }, select: { avatarKey: true } }),
      tx.postImage.findMany({ where: { fileKey: { in: candidates } }, select: { fileKey: true } }),
    ]);
    const kept = new Set<string | null>([...avatars.map((user) => user.avatarKey), ...postImages.map((image) => image.fileKey), ...claimed]);
    await Promise.all(candidates.filter((key) => !kept.has(key)).map(deleteImage));
  });
}

/** Gives up uploads whose row was never written (a refused post, a failed insert): their claims end and unused files go. */
export async function discardUploads(uploads: readonly { key: string; claim: string }[]): Promise<void> {
  await releaseClaims(uploads.map((upload) => upload.claim));
  await deleteUnreferencedFiles(uploads.map((upload) => upload.key));
}
