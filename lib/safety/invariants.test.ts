import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFollow, createUser } from "@/test/factories";

// What the database itself holds about blocks, mutes and muted words, whoever writes.

describe("blocks, mutes and muted words in the database", () => {
  it("refuse blocking or muting oneself and a second block or mute of the same account", async () => {
    const [ada, bob] = await Promise.all([createUser(), createUser()]);
    await expect(db.block.create({ data: { blockerId: ada.id, blockedId: ada.id } })).rejects.toThrow();
    await expect(db.mute.create({ data: { muterId: ada.id, mutedId: ada.id } })).rejects.toThrow();
    await db.block.create({ data: { blockerId: ada.id, blockedId: bob.id } });
    await db.mute.create({ data: { muterId: ada.id, mutedId: bob.id } });
    await expect(db.block.create({ data: { blockerId: ada.id, blockedId: bob.id } })).rejects.toThrow();
    await expect(db.mute.create({ data: { muterId: ada.id, mutedId: bob.id } })).rejects.toThrow();
  });

  it("remove the follows both ways when a block is made, and refuse a follow between the two while it lasts", async () => {
    const [ada, bob, cy] = await Promise.all([createUser(), createUser(), createUser()]);
    await Promise.all([createFollow(ada.id, bob.id), createFollow(bob.id, ada.id), createFollow(ada.id, cy.id), createFollow(cy.id, bob.id)]);
    await db.block.create({ data: { blockerId: ada.id, blockedId: bob.id } });
    const follows = await db.follow.findMany({ where: { OR: [{ followerId: { in: [ada.id, bob.id] } }] }, select: { followerId: true, followeeId: true } });
    expect(follows).toEqual([{ followerId: ada.id, followeeId: cy.id }]);
    await expect(createFollow(bob.id, ada.id)).rejects.toThrow();
    await expect(createFollow(ada.id, bob.id)).rejects.toThrow();
    await db.block.delete({ where: { blockerId_blockedId: { blockerId: ada.id, blockedId: bob.id } } });
    await expect(createFollow(bob.id, ada.id)).resolves.toBeDefined();
  });

  it("keep muted words lower-case, trimmed and single-spaced, once per person, and delete them all with the account", async () => {
    const ada = await createUser();
    for (const phrase of ["Upper", " padded", "two  spaces", "tab\there", ""]) {
      await expect(db.mutedWord.create({ data: { userId: ada.id, phrase } })).rejects.toThrow();
    }
    await db.mutedWord.create({ data: { userId: ada.id, phrase: "fine phrase" } });
    await expect(db.mutedWord.create({ data: { userId: ada.id, phrase: "fine phrase" } })).rejects.toThrow();
    const bob = await createUser();
    await db.block.create({ data: { blockerId: bob.id, blockedId: ada.id } });
    await db.mute.create({ data: { muterId: bob.id, mutedId: ada.id } });
    await db.user.delete({ where: { id: ada.id } });
    expect([await db.mutedWord.count({ where: { userId: ada.id } }), await db.block.count({ where: { blockerId: bob.id } }), await db.mute.count({ where: { muterId: bob.id } })]).toEqual([0, 0, 0]);
  });
});
