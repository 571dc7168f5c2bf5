import { changePassword, deleteAccount } from "@/lib/accounts/actions";
import { db } from "@/lib/db";
import { setTheme } from "@/lib/preferences/actions";
import { endOtherSessions, endSession } from "@/lib/sessions/actions";
import { changeEmail, resendVerification, verifyEmail } from "@/lib/email-addresses/actions";
import { requestPasswordReset, resetPassword } from "@/lib/password-reset/actions";
import { issueToken } from "@/lib/account-tokens/store";
import { newToken } from "@/lib/account-tokens/token";
import { removeAvatar, updateAvatar, updateProfile } from "@/lib/profiles/actions";
import { TEST_PASSWORD } from "@/test/factories";
import { form } from "@/test/next/session";
import { userRow, otherDevice, png } from "./support";
import type { Scenario, User } from "./types";

// Accounts: profile, picture, password, sessions, theme, deletion, email addresses and password resets (issue 17: a link's token is the authority, whoever holds it).

const NEW_PASSWORD = "a brand new passphrase";
const ownersTokens = (owner: User, purpose: "VERIFY_EMAIL" | "PASSWORD_RESET") => db.accountToken.count({ where: { userId: owner.id, purpose } });
const passwordHashOf = (owner: User) => db.user.findUnique({ where: { id: owner.id }, select: { passwordHash: true } });
const resetForm = (token: string, owner: User) => form({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, userId: owner.id });

export const accountsScenarios = {
  "updateProfile": {
    action: updateProfile,
    arrange: async ({ owner }) => ({
      form: form({ displayName: "Renamed", bio: "New bio", userId: owner.id }),
      probe: async () => (await userRow(owner.id))?.displayName,
    }),
  },
  "updateAvatar": {
    action: updateAvatar,
    arrange: async ({ owner }) => ({
      form: form({ avatar: await png(), userId: owner.id }),
      probe: async () => (await userRow(owner.id))?.avatarKey,
    }),
  },
  "removeAvatar": {
    action: removeAvatar,
    arrange: async ({ owner }) => {
      await db.user.update({ where: { id: owner.id }, data: { avatarKey: "owners-picture" } });
      return { form: form({ userId: owner.id }), probe: async () => (await userRow(owner.id))?.avatarKey };
    },
  },
  "changePassword": {
    action: changePassword,
    arrange: async ({ owner }) => ({
      form: form({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, userId: owner.id }),
      probe: () => db.user.findUnique({ where: { id: owner.id }, select: { passwordHash: true } }),
    }),
  },
  "endSession (the owner's other device)": {
    action: endSession,
    arrange: async ({ owner }) => {
      const device = await otherDevice(owner);
      return { form: form({ sessionId: device.id }), probe: device.probe };
    },
  },
  "endOtherSessions (the owner's other device)": {
    action: endOtherSessions,
    arrange: async ({ owner }) => {
      const device = await otherDevice(owner);
      return { form: form({ userId: owner.id }), probe: device.probe };
    },
  },
  "deleteAccount": {
    action: deleteAccount,
    arrange: async ({ owner }) => ({
      form: form({ password: TEST_PASSWORD, userId: owner.id }),
      probe: () => db.user.count({ where: { id: owner.id } }),
    }),
  },
  "setTheme (form names the owner)": {
    action: setTheme,
    arrange: async ({ owner }) => ({
      form: form({ theme: "dark", userId: owner.id }),
      probe: async () => (await userRow(owner.id))?.theme,
    }),
  },
  // Issue 17: email addresses and password resets. A link's token is the authority, whoever holds it.
  "changeEmail (form names the owner)": {
    action: changeEmail,
    arrange: async ({ owner }) => ({
      form: form({ email: "a-new-home@example.test", password: TEST_PASSWORD, userId: owner.id }),
      probe: () => ownersTokens(owner, "VERIFY_EMAIL"),
    }),
  },
  "resendVerification (the owner is unverified)": {
    action: resendVerification,
    arrange: async ({ owner }) => {
      await db.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: null } });
      return { form: form({ userId: owner.id }), probe: () => ownersTokens(owner, "VERIFY_EMAIL") };
    },
  },
  "verifyEmail (a link mailed to the owner)": {
    action: verifyEmail,
    arrange: async ({ owner }) => {
      await db.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: null } });
      const token = await db.$transaction((tx) =>
        issueToken(tx, { userId: owner.id, purpose: "VERIFY_EMAIL", validForMs: 60_000, email: owner.email }),
      );
      return { form: form({ token, userId: owner.id }), probe: async () => (await userRow(owner.id))?.emailVerifiedAt };
    },
  },
  "requestPasswordReset (the owner's address)": {
    action: requestPasswordReset,
    arrange: async ({ owner }) => ({ form: form({ email: owner.email }), probe: () => ownersTokens(owner, "PASSWORD_RESET") }),
  },
  "resetPassword (a link mailed to the owner)": {
    action: resetPassword,
    arrange: async ({ owner }) => {
      const token = await db.$transaction((tx) => issueToken(tx, { userId: owner.id, purpose: "PASSWORD_RESET", validForMs: 60_000 }));
      return { form: resetForm(token, owner), probe: () => passwordHashOf(owner) };
    },
  },
  "resetPassword (a forged link)": {
    action: resetPassword,
    arrange: async ({ owner }) => ({ form: resetForm(newToken().token, owner), probe: () => passwordHashOf(owner) }),
  },
} satisfies Record<string, Scenario>;
