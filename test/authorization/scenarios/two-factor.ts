import { db } from "@/lib/db";
import { confirmTwoFactor, disableTwoFactor, renewRecoveryCodes, startTwoFactorSetup } from "@/lib/two-factor/actions";
import { sealSecret } from "@/lib/two-factor/secret-box";
import { newTotpSecret, totpCode } from "@/lib/two-factor/totp";
import { TEST_PASSWORD, enableTwoFactor } from "@/test/factories";
import { form } from "@/test/next/session";
import type { Scenario, User } from "./types";

// Two-factor login (issue 17): only the owner's own session reaches the owner's set-up; every
// factory user has the same password, so "another user" types a right password for their own account.

const twoFactorRow = (owner: User) => db.twoFactor.findUnique({ where: { userId: owner.id }, select: { enabledAt: true } });
const recoveryCodeRows = (owner: User) => db.recoveryCode.findMany({ where: { userId: owner.id }, select: { codeHash: true }, orderBy: { codeHash: "asc" } });

export const twoFactorScenarios = {
  "startTwoFactorSetup (form names the owner)": {
    action: startTwoFactorSetup,
    arrange: async ({ owner }) => ({ form: form({ userId: owner.id }), probe: () => twoFactorRow(owner) }),
  },
  "confirmTwoFactor (the owner's set-up, with its code)": {
    action: confirmTwoFactor,
    arrange: async ({ owner }) => {
      const secret = newTotpSecret();
      await db.twoFactor.create({ data: { userId: owner.id, secretSealed: sealSecret(secret, owner.id) } });
      return { form: form({ code: totpCode(secret), password: TEST_PASSWORD, userId: owner.id }), probe: () => twoFactorRow(owner) };
    },
  },
  "disableTwoFactor (the owner's two-factor, with its code)": {
    action: disableTwoFactor,
    arrange: async ({ owner }) => {
      const { secret } = await enableTwoFactor(owner.id);
      return { form: form({ password: TEST_PASSWORD, code: totpCode(secret), userId: owner.id }), probe: () => twoFactorRow(owner) };
    },
  },
  "renewRecoveryCodes (the owner's codes, with the password)": {
    action: renewRecoveryCodes,
    arrange: async ({ owner }) => {
      await enableTwoFactor(owner.id);
      return { form: form({ password: TEST_PASSWORD, userId: owner.id }), probe: () => recoveryCodeRows(owner) };
    },
  },
} satisfies Record<string, Scenario>;
