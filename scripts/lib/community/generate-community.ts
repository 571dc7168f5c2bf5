import { hashPassword } from "@/lib/auth/password";
import { withClient } from "../database";
import type { ScaleSizes } from "./scales";
import { countRows, dropSecondaryIndexes, prepareBulkSession, recountStats, recreateIndexes, vacuumAnalyze, type TableCounts } from "./bulk-load";
import { loadFollows } from "./load-follows";
import { loadQuotes } from "./load-quotes";
import { loadComments, loadPersonPostPairs, loadPosts } from "./load-content";
import { loadMentions, loadReplies, loadTags, topLevelComments, writeLinksIntoTexts } from "./load-conversations";
import { loadUsers } from "./load-users";
import { textCorpus } from "./text-corpus";

/** The password of every generated user (one argon2id hash, computed once). */
export const BENCH_PASSWORD = "commons-bench";

export type GenerationResult = {
  counts: TableCounts;
  /** Seconds per step, in order. */
  seconds: Record<string, number>;
  foreignKeyChecks: boolean;
};

/** Loads a whole community into the (empty, migrated) database at `databaseUrl` with set-based SQL. */
export async function generateCommunity(databaseUrl: string, sizes: ScaleSizes): Promise<GenerationResult> {
  const seconds: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    seconds[name] = (performance.now() - started) / 1000;
  };
  return withClient(databaseUrl, async (client) => {
    const { foreignKeyChecks } = await prepareBulkSession(client);
    const corpus = textCorpus();
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const indexes = await dropSecondaryIndexes(client);
    await step("users", () => loadUsers(client, sizes, passwordHash, corpus));
    await step("follows", () => loadFollows(client, sizes));
    await step("posts", () => loadPosts(client, sizes, corpus));
    await step("likes", () => loadPersonPostPairs(client, sizes, "likes"));
    await step("bookmarks", () => loadPersonPostPairs(client, sizes, "bookmarks"));
    await step("reposts", () => loadPersonPostPairs(client, sizes, "reposts"));
    await step("comments", () => loadComments(client, sizes, corpus, topLevelComments(sizes)));
    await step("replies", () => loadReplies(client, sizes, corpus));
    await step("quotes", () => loadQuotes(client, sizes));
    await step("tags", () => loadTags(client));
    await step("mentions", () => loadMentions(client, sizes));
    await step("links in texts", () => writeLinksIntoTexts(client));
    await step("post and account stats", () => recountStats(client));
    await step("indexes", () => recreateIndexes(client, indexes));
    await step("vacuum analyze", () => vacuumAnalyze(client));
    return { counts: await countRows(client), seconds, foreignKeyChecks };
  });
}
