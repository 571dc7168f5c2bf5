import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/test/factories";
import { RedirectError } from "@/test/next/runtime";
import { serverActionFiles } from "@/test/next/server-actions";
import { signInAs } from "@/test/next/session";
import { type Scenario, type ScenarioName, type ServerAction, type User, type World, scenarios } from "@/test/authorization/scenarios";

// Who may do what: every mutating server action, tried by four people against
// data that belongs to "the owner", and judged by the database afterwards.
//
//   allowed   the action succeeds and the owner's data changed as designed
//   refused   the action answers with a refusal and the owner's data is unchanged
//   own only  the action succeeds, but on the actor's own account: the owner's
//             data is unchanged (ids typed into the form cannot reach it)

const ACTORS = ["anonymous", "another user", "the owner", "an admin"] as const;
type Actor = (typeof ACTORS)[number];
const ALLOWED = "allowed";
const REFUSED = "refused";
const OWN_ONLY = "own only";
type Outcome = typeof ALLOWED | typeof REFUSED | typeof OWN_ONLY;

// The scenarios are in test/authorization/scenarios.ts.
const matrix: [ScenarioName, Outcome, Outcome, Outcome, Outcome][] = [
  // scenario                                   anonymous  another user  the owner  an admin
  ["updateProfile",                             REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["updateAvatar",                              REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["removeAvatar",                              REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["changePassword",                            REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["deleteAccount",                             REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["endSession (the owner's other device)",     REFUSED,   REFUSED,      ALLOWED,   REFUSED],
  ["endOtherSessions (the owner's other device)", REFUSED, OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["createPost (form names the owner)",         REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["deletePost (the owner's post)",             REFUSED,   REFUSED,      ALLOWED,   ALLOWED],
  ["editPost (the owner's post)",               REFUSED,   REFUSED,      ALLOWED,   REFUSED],
  ["setLike (like the owner's post)",           REFUSED,   ALLOWED,      ALLOWED,   ALLOWED],
  ["setLike (take back the owner's like)",      REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["setBookmark (bookmark the owner's post)",   REFUSED,   ALLOWED,      ALLOWED,   ALLOWED],
  ["setBookmark (take back the owner's bookmark)", REFUSED, OWN_ONLY,   ALLOWED,   OWN_ONLY],
  ["setRepost (repost the owner's post)",       REFUSED,   ALLOWED,      ALLOWED,   ALLOWED],
  ["setRepost (take back the owner's repost)",  REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["addComment (on the owner's post)",          REFUSED,   ALLOWED,      ALLOWED,   ALLOWED],
  ["addComment (form names the owner)",         REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["deleteComment (the owner's comment)",       REFUSED,   REFUSED,      ALLOWED,   ALLOWED],
  ["deleteComment (under the owner's post)",    REFUSED,   REFUSED,      ALLOWED,   ALLOWED],
  ["addComment (reply to the owner's comment)", REFUSED,   ALLOWED,      ALLOWED,   ALLOWED],
  ["deleteComment (the owner's comment, with a reply)", REFUSED, REFUSED, ALLOWED,   ALLOWED],
  ["setFollow (follow the owner)",              REFUSED,   ALLOWED,      REFUSED,   ALLOWED],
  ["setFollow (undo the owner's follow)",       REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  // A suspended owner cannot sign in, so "the owner" is refused everywhere below.
  ["setLike (like the owner's post; the owner is suspended)",                  REFUSED, REFUSED, REFUSED, REFUSED],
  ["setLike (take back a like of the owner's post; the owner is suspended)",   REFUSED, REFUSED, REFUSED, REFUSED],
  ["setBookmark (bookmark the owner's post; the owner is suspended)",          REFUSED, REFUSED, REFUSED, REFUSED],
  ["setRepost (repost the owner's post; the owner is suspended)",              REFUSED, REFUSED, REFUSED, REFUSED],
  ["setRepost (take back a repost of the owner's post; the owner is suspended)", REFUSED, REFUSED, REFUSED, REFUSED],
  ["addComment (on the owner's post; the owner is suspended)",                 REFUSED, REFUSED, REFUSED, REFUSED],
  ["deleteComment (the owner's comment; the owner is suspended)",              REFUSED, REFUSED, REFUSED, ALLOWED],
  ["addComment (reply to the owner's comment; the owner is suspended)",        REFUSED, REFUSED, REFUSED, REFUSED],
  ["deletePost (the owner's post; the owner is suspended)",                    REFUSED, REFUSED, REFUSED, ALLOWED],
  ["editPost (the owner's post; the owner is suspended)",                      REFUSED, REFUSED, REFUSED, REFUSED],
  ["setFollow (follow the owner; the owner is suspended)",                     REFUSED, REFUSED, REFUSED, REFUSED],
  ["setFollow (unfollow the owner; the owner is suspended)",                   REFUSED, REFUSED, REFUSED, REFUSED],
  // Quoting is refused for posts the quoter cannot see, as liking is.
  ["createPost (quote the owner's post)",       REFUSED,   ALLOWED,      ALLOWED,   ALLOWED],
  ["createPost (quote the owner's post; the owner is suspended)",              REFUSED, REFUSED, REFUSED, REFUSED],
  // Anyone may choose a theme; a visitor's goes into their own browser's cookie.
  ["setTheme (form names the owner)",           OWN_ONLY,  OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["suspendUser (the owner)",                   REFUSED,   REFUSED,      REFUSED,   ALLOWED],
  ["suspendUser (the owner is an admin)",       REFUSED,   REFUSED,      REFUSED,   REFUSED],
  ["unsuspendUser (the owner is suspended)",    REFUSED,   REFUSED,      REFUSED,   ALLOWED],
  // Anyone signed in may report what they can see, except their own; only admins resolve reports.
  ["reportContent (report the owner's post)",   REFUSED,   ALLOWED,      REFUSED,   ALLOWED],
  ["reportContent (report the owner's account)", REFUSED,  ALLOWED,      REFUSED,   ALLOWED],
  ["resolveReports (dismiss the reports of the owner's post)", REFUSED, REFUSED, REFUSED, ALLOWED],
  ["resolveReports (remove the owner's reported post)",        REFUSED, REFUSED, REFUSED, ALLOWED],
  ["resolveReports (suspend the owner through a report)",      REFUSED, REFUSED, REFUSED, ALLOWED],
  // Blocks, mutes and muted words are always the actor's own; no one blocks or mutes themselves.
  ["setBlock (block the owner)",                REFUSED,   ALLOWED,      REFUSED,   ALLOWED],
  ["setBlock (undo the owner's block)",         REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["setMute (mute the owner)",                  REFUSED,   ALLOWED,      REFUSED,   ALLOWED],
  ["setMute (undo the owner's mute)",           REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  // The same, posted without JavaScript to the form-only actions (called with the form alone).
  ["setFollowFromForm (follow the owner)",      REFUSED,   ALLOWED,      REFUSED,   ALLOWED],
  ["setBlockFromForm (block the owner)",        REFUSED,   ALLOWED,      REFUSED,   ALLOWED],
  ["setMuteFromForm (undo the owner's mute)",   REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["setThemeFromForm (form names the owner)",   OWN_ONLY,  OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["addMutedWord (form names the owner)",       REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["removeMutedWord (the owner's muted word)",  REFUSED,   REFUSED,      ALLOWED,   REFUSED],
  // The owner blocked everyone else: the owner's content is out of their reach, admins' included.
  ["setFollow (follow the owner, who blocked the actor)",                      REFUSED, REFUSED, REFUSED, REFUSED],
  ["setLike (like the owner's post; the owner blocked the actor)",             REFUSED, REFUSED, ALLOWED, REFUSED],
  ["setRepost (repost the owner's post; the owner blocked the actor)",         REFUSED, REFUSED, ALLOWED, REFUSED],
  ["addComment (on the owner's post; the owner blocked the actor)",            REFUSED, REFUSED, ALLOWED, REFUSED],
  ["addComment (reply to the owner's comment; the owner blocked the actor)",   REFUSED, REFUSED, ALLOWED, REFUSED],
  ["createPost (quote the owner's post; the owner blocked the actor)",         REFUSED, REFUSED, ALLOWED, REFUSED],
  // Email and password resets (issue 17): changing the address needs the owner's session and password;
  // a mailed link works for whoever opens it (only the owner's inbox has it), a forged one for no one.
  ["changeEmail (form names the owner)",        REFUSED,   OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["resendVerification (the owner is unverified)", REFUSED, REFUSED,     ALLOWED,   REFUSED],
  ["verifyEmail (a link mailed to the owner)",  ALLOWED,   ALLOWED,      ALLOWED,   ALLOWED],
  ["requestPasswordReset (the owner's address)", ALLOWED,  ALLOWED,      ALLOWED,   ALLOWED],
  ["resetPassword (a link mailed to the owner)", ALLOWED,  ALLOWED,      ALLOWED,   ALLOWED],
  ["resetPassword (a forged link)",             REFUSED,   REFUSED,      REFUSED,   REFUSED],
  // Two-factor login (issue 17): set-up, confirmation and turning off act on the actor's own account only.
  ["startTwoFactorSetup (form names the owner)", REFUSED,  OWN_ONLY,     ALLOWED,   OWN_ONLY],
  ["confirmTwoFactor (the owner's set-up, with its code)", REFUSED, REFUSED, ALLOWED, REFUSED],
  ["disableTwoFactor (the owner's two-factor, with its code)", REFUSED, REFUSED, ALLOWED, REFUSED],
  // Another account's password is right for its own account, which has no two-factor to renew.
  ["renewRecoveryCodes (the owner's codes, with the password)", REFUSED, REFUSED, ALLOWED, REFUSED],
];

const cases = matrix.flatMap(([name, ...outcomes]) =>
  ACTORS.map((actor, index) => ({ name, actor, expected: outcomes[index]! })),
);

function actorIn(world: World, actor: Actor): User | null {
  return { anonymous: null, "another user": world.other, "the owner": world.owner, "an admin": world.admin }[actor];
}

/** Runs the action as a form would; a redirect (after deleting an account, say) is a success. */
async function submit(action: ServerAction, formData: FormData): Promise<boolean> {
  try {
    return (await action(null, formData)).ok;
  } catch (error) {
    if (error instanceof RedirectError) return true;
    throw error;
  }
}

function outcomeOf(succeeded: boolean, ownersDataChanged: boolean): Outcome | "changed the owner's data yet answered with a refusal" {
  if (!succeeded) return ownersDataChanged ? "changed the owner's data yet answered with a refusal" : REFUSED;
  return ownersDataChanged ? ALLOWED : OWN_ONLY;
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-matrix-uploads-"));
});

describe("authorization matrix", () => {
  it.each(cases)("$name by $actor: $expected", async ({ name, actor, expected }) => {
    const scenario: Scenario = scenarios[name];
    const [owner, other, admin, bystander] = await Promise.all([
      createUser({ role: scenario.ownerRole ?? "USER" }),
      createUser(),
      createUser({ role: "ADMIN" }),
      createUser(),
    ]);
    const world = { owner, other, admin, bystander };
    const { form: formData, probe } = await scenario.arrange(world);
    const before = await probe();
    const user = actorIn(world, actor);
    if (user) await signInAs(user.id);

    const succeeded = await submit(scenario.action, formData);

    expect(outcomeOf(succeeded, !isDeepStrictEqual(await probe(), before))).toBe(expected);
  });

  it("covers every server action that changes data", async () => {
    // Actions for visitors (signing up, logging in and out) and reads are not about whose data it is.
    const notAboutOwnership = ["signUp", "logIn", "logOut", "loadOlderPosts", "loadMoreComments", "loadNewestHomePosts"];
    const covered = new Set<unknown>(Object.values(scenarios).flatMap((scenario: Scenario) => [scenario.action, scenario.covers]));
    const files = await serverActionFiles();
    expect(files.map((file) => path.relative(path.resolve("lib"), file))).toContain(path.join("moderation", "actions.ts"));
    const uncovered: string[] = [];
    for (const file of files) {
      for (const [name, exported] of Object.entries(await import(file))) {
        if (!covered.has(exported) && !notAboutOwnership.includes(name)) uncovered.push(`${name} in ${file}`);
      }
    }
    expect(uncovered).toEqual([]);
  });
});
