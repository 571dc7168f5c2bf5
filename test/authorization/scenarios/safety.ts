import { db } from "@/lib/db";
import { addMutedWord, removeMutedWord, setBlock, setMute } from "@/lib/safety/actions";
import { form } from "@/test/next/session";
import type { Scenario } from "./types";

// Blocks, mutes and muted words (lib/safety): always the actor's own.

export const safetyScenarios = {
  // Blocks, mutes and muted words (lib/safety): always the actor's own.
  "setBlock (block the owner)": {
    action: setBlock,
    arrange: async ({ owner }) => ({ form: form({ userId: owner.id, block: "true" }), probe: () => db.block.count({ where: { blockedId: owner.id } }) }),
  },
  "setBlock (undo the owner's block)": {
    action: setBlock,
    arrange: async ({ owner, bystander }) => {
      await db.block.create({ data: { blockerId: owner.id, blockedId: bystander.id } });
      return { form: form({ userId: bystander.id, block: "false" }), probe: () => db.block.count({ where: { blockerId: owner.id } }) };
    },
  },
  "setMute (mute the owner)": {
    action: setMute,
    arrange: async ({ owner }) => ({ form: form({ userId: owner.id, mute: "true" }), probe: () => db.mute.count({ where: { mutedId: owner.id } }) }),
  },
  "setMute (undo the owner's mute)": {
    action: setMute,
    arrange: async ({ owner, bystander }) => {
      await db.mute.create({ data: { muterId: owner.id, mutedId: bystander.id } });
      return { form: form({ userId: bystander.id, mute: "false" }), probe: () => db.mute.count({ where: { muterId: owner.id } }) };
    },
  },
  "addMutedWord (form names the owner)": {
    action: addMutedWord,
    arrange: async ({ owner }) => ({
      form: form({ phrase: "Spoilers", duration: "forever", userId: owner.id }),
      probe: () => db.mutedWord.count({ where: { userId: owner.id } }),
    }),
  },
  "removeMutedWord (the owner's muted word)": {
    action: removeMutedWord,
    arrange: async ({ owner }) => {
      const word = await db.mutedWord.create({ data: { userId: owner.id, phrase: "spoilers" } });
      return { form: form({ id: word.id }), probe: () => db.mutedWord.count({ where: { userId: owner.id } }) };
    },
  },
} satisfies Record<string, Scenario>;
