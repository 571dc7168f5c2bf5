import { actionFields, byButton, formSubmission } from "../lib/http/form-action";
import type { DrillEnvironment } from "./environment";
import type { Member } from "./load";
import { type Answer, Tally, acknowledgesPost, request, runWorkers } from "./traffic";

export const FRIENDLY_PAGE = "Temporarily unavailable";
export const UNAVAILABLE_FORM_MESSAGE = "The service is temporarily unavailable. Please try again in a moment.";

export type OutageResult = {
  tally: Tally;
  outageRequests: number;
  outageStatuses: string;
  /** Answers during the outage that were 5xx without the friendly page, or no answer at all. */
  unfriendlyAnswers: string[];
  outageMaxLatencyMs: number;
  recoverySeconds: number | null;
  postsSent: number;
  acknowledgedPosts: number;
  lostPosts: string[];
};

const WORKERS = 8;
const BEFORE_MS = 3_000;
const OUTAGE_MS = 5_000;
const RECOVERY_LIMIT_MS = 30_000;

/**
 * When the root layout fails, Next answers 500 with an error shell that
 * renders app/global-error.tsx in the browser and carries the error's digest:
 * the friendly page, drawn by the browser rather than the server (so a
 * browser without JavaScript shows nothing: see SECURITY.md). Chunk names
 * differ between bundlers, so only the shell's id and the digest are checked.
 */
function isGlobalErrorShell(answer: Answer): boolean {
  return answer.html.includes('id="__next_error__"') && answer.html.includes("digest");
}

/** A real answer (served before the stop took effect), a 503, or a page that says what happened. */
function isAcceptable(answer: Answer): boolean {
  if (answer.status < 500 || answer.status === 503) return true;
  return answer.html.includes(FRIENDLY_PAGE) || answer.html.includes(UNAVAILABLE_FORM_MESSAGE) || isGlobalErrorShell(answer);
}

/**
 * Posts and reads keep coming while PostgreSQL is stopped for a few seconds
 * and started again. During the outage every answer must come within the
 * connect timeout (+ margin) and be a 503 or a friendly page; afterwards the
 * app must be healthy again by itself, with every acknowledged post stored.
 */
export async function runOutage(environment: DrillEnvironment, members: Member[]): Promise<OutageResult> {
  const base = environment.server.baseUrl;
  const tally = new Tally();
  const outageTally = new Tally();
  const unfriendlyAnswers: string[] = [];
  const acknowledged: string[] = [];
  let postsSent = 0;
  let outage = false;

  // The compose form of each member, read while the database is up: during the
  // outage the page itself cannot be rendered, but a browser still holds it.
  const composeForms = await Promise.all(
    members.slice(0, WORKERS).map(async (member) => {
      const page = await request(tally, `${base}/`, { headers: { cookie: member.cookie } });
      return actionFields(page?.html ?? "", byButton("Post"));
    }),
  );

  const deadline = Date.now() + BEFORE_MS + OUTAGE_MS + RECOVERY_LIMIT_MS;
  let finished = false;
  const traffic = runWorkers(WORKERS, deadline, 10_000, async (worker, round) => {
    if (finished) return;
    const member = members[worker]!;
    const startedDuringOutage = outage;
    // Counted as part of the outage if it began or ended while the database was down.
    const single = new Tally();
    let answer: Answer | null;
    if (round % 2 === 0) {
      const text = `Drill outage ${worker}.${round}`;
      const { url, init } = formSubmission(`${base}/`, composeForms[worker]!, { cookie: member.cookie, fields: { text } });
      postsSent += 1;
      answer = await request(single, url, init);
      if (acknowledgesPost(answer)) acknowledged.push(text);
    } else {
      answer = await request(single, `${base}${round % 4 === 1 ? "/explore" : "/api/health"}`, { headers: { cookie: member.cookie } });
    }
    const duringOutage = startedDuringOutage || outage;
    (duringOutage ? outageTally : tally).merge(single);
    if (duringOutage && answer && !isAcceptable(answer) && unfriendlyAnswers.length < 10) {
      unfriendlyAnswers.push(`${answer.status} ${answer.html.slice(0, 120).replace(/\s+/g, " ")}`);
    }
  });

  await new Promise((resolve) => setTimeout(resolve, BEFORE_MS));
  outage = true;
  await environment.stopDatabase();
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
  const restarted = Date.now();
  await environment.startDatabase();
  let recoverySeconds: number | null = null;
  while (Date.now() - restarted < RECOVERY_LIMIT_MS) {
    const health = await request(outageTally, `${base}/api/health`, {}, 5_000);
    if (health?.status === 200) {
      recoverySeconds = (Date.now() - restarted) / 1000;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // The outage lasts until the app says it is healthy again; then a little traffic, and stop.
  outage = false;
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  finished = true;
  await traffic;

  const stored = await environment.query<{ text: string }>("SELECT text FROM posts WHERE text = ANY($1)", [acknowledged]);
  const storedTexts = new Set(stored.map((row) => row.text));
  return {
    tally,
    outageRequests: outageTally.requests,
    outageStatuses: outageTally.statusSummary(),
    unfriendlyAnswers: [...unfriendlyAnswers, ...outageTally.problems.map((problem) => `no answer: ${problem}`)],
    outageMaxLatencyMs: Math.max(outageTally.maxLatencyMs, 0),
    recoverySeconds,
    postsSent,
    acknowledgedPosts: acknowledged.length,
    lostPosts: acknowledged.filter((text) => !storedTexts.has(text)),
  };
}
