import { allOf, byAction, byButton, byFollowButton } from "../lib/http/form-action";
import { cardStateHref } from "@/lib/routes";
import type { DrillEnvironment } from "./environment";
import { CONNECTIONS_SQL, Tally, acknowledgesPost, replayForm, request, runWorkers } from "./traffic";

export type Member = { id: string; username: string; cookie: string };

export type LoadResult = {
  tally: Tally;
  iterations: number;
  seconds: number;
  writes: { likes: number; follows: number; posts: number; acknowledgedPosts: number };
  connections: { before: number; maxDuring: number; after: number };
};

const MAX_ITERATIONS = 200_000;

async function openConnections(environment: DrillEnvironment): Promise<number> {
  const [row] = await environment.query<{ count: number }>(CONNECTIONS_SQL);
  return row?.count ?? 0;
}

/**
 * Bounded mixed load: `connections` signed-in members at once, each reading
 * pages (home, explore, a profile, a post) and, one round in ten each, toggling
 * a like, toggling a follow and posting, through the forms as a browser
 * without JavaScript submits them.
 */
export async function runMixedLoad(
  environment: DrillEnvironment,
  members: Member[],
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const base = environment.server.baseUrl;
  const postIds = (await environment.query<{ id: string }>("SELECT id FROM posts ORDER BY created_at DESC LIMIT 50")).map((row) => row.id);
  const tally = new Tally();
  const writes = { likes: 0, follows: 0, posts: 0, acknowledgedPosts: 0 };

  const before = await openConnections(environment);
  let maxDuring = before;
  const started = Date.now();
  const deadline = started + options.seconds * 1_000;
  const sampler = setInterval(() => {
    openConnections(environment).then((count) => (maxDuring = Math.max(maxDuring, count)), () => undefined);
  }, 2_000);

  const iterations = await runWorkers(options.connections, deadline, MAX_ITERATIONS, async (worker, round) => {
    const member = members[worker % members.length]!;
    const other = members[(worker + 1 + (round % (members.length - 1))) % members.length]!;
    const postId = postIds[(worker * 7 + round) % postIds.length]!;
    const headers = { cookie: member.cookie };
    switch (round % 10) {
      // The follow form carries the opposite of the page's state: submitting it toggles. The card's one
      // form says what to change by the button pressed, as a browser sends it: like, then unlike, in turn.
      case 0:
        writes.likes += 1;
        await replayForm(tally, `${base}/p/${postId}`, member.cookie, allOf(byAction(cardStateHref(postId)), byButton(/^Like\b/)), { like: String(round % 20 === 0) });
        return;
      case 1:
        writes.follows += 1;
        await replayForm(tally, `${base}/@${other.username}`, member.cookie, byFollowButton(other.username));
        return;
      case 2: {
        writes.posts += 1;
        const answer = await replayForm(tally, `${base}/`, member.cookie, byButton("Post"), { text: `Drill load ${worker}.${round}` });
        if (acknowledgesPost(answer)) writes.acknowledgedPosts += 1;
        return;
      }
      default: {
        const paths = ["/", "/explore", `/@${other.username}`, `/p/${postId}`];
        await request(tally, `${base}${paths[round % paths.length]}`, { headers });
      }
    }
  });
  clearInterval(sampler);
  const after = await openConnections(environment);
  return { tally, iterations, seconds: (Date.now() - started) / 1000, writes, connections: { before, maxDuring: Math.max(maxDuring, after), after } };
}
