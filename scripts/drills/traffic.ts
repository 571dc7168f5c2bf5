import { type FormPicker, type PostedForm, formSubmission, postedForm } from "../lib/http/form-action";
import { homeAfterPostHref } from "@/lib/routes";

/** What a drill sent and got back: every response status, failures and the slowest answer. */
export class Tally {
  requests = 0;
  serverErrors = 0;
  /** Requests that got no answer, or pages without the expected form. */
  failures = 0;
  maxLatencyMs = 0;
  readonly statuses = new Map<number, number>();
  readonly problems: string[] = [];

  record(status: number, latencyMs: number) {
    this.requests += 1;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (status >= 500) this.serverErrors += 1;
    this.maxLatencyMs = Math.max(this.maxLatencyMs, latencyMs);
  }

  fail(problem: string) {
    this.failures += 1;
    if (this.problems.length < 10) this.problems.push(problem);
  }

  /** Adds what `other` counted to this tally. */
  merge(other: Tally) {
    this.requests += other.requests;
    this.serverErrors += other.serverErrors;
    this.failures += other.failures;
    this.maxLatencyMs = Math.max(this.maxLatencyMs, other.maxLatencyMs);
    for (const [status, count] of other.statuses) this.statuses.set(status, (this.statuses.get(status) ?? 0) + count);
    for (const problem of other.problems) if (this.problems.length < 10) this.problems.push(problem);
  }

  statusSummary(): string {
    return [...this.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(" ");
  }
}

/** An answer: its status, body, time, the name=value of each cookie it set, and where a redirect leads. */
export type Answer = { status: number; html: string; latencyMs: number; setCookies: string[]; location: string | null };

/**
 * Whether `answer` acknowledges a post sent as a browser without JavaScript sends it: the action
 * leads to the home feed, which says "Posted." (lib/posts/actions.ts), so a reload posts nothing again.
 */
export function acknowledgesPost(answer: Pick<Answer, "status" | "location"> | null): boolean {
  if (answer?.status !== 303 || answer.location === null) return false;
  const leadsTo = new URL(answer.location, "http://site.invalid");
  return `${leadsTo.pathname}${leadsTo.search}` === homeAfterPostHref("posted");
}

/**
 * An error with its causes: fetch only says "fetch failed", its cause says how (for example
 * "other side closed (UND_ERR_SOCKET)": the peer closed the connection before answering).
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current !== undefined && depth < 4; depth += 1) {
    if (!(current instanceof Error)) {
      parts.push(String(current));
      break;
    }
    const code = "code" in current && typeof current.code === "string" ? ` (${current.code})` : "";
    parts.push(`${current.message}${code}`);
    current = current.cause;
  }
  return parts.join(": ");
}

/** One request, bounded in time, counted in `tally`: its answer, or null and what went wrong. */
export async function requestOrProblem(
  tally: Tally,
  url: string,
  init: RequestInit = {},
  timeoutMs = 30_000,
): Promise<{ answer: Answer; problem: null } | { answer: null; problem: string }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { redirect: "manual", ...init, signal: AbortSignal.timeout(timeoutMs) });
    const html = await response.text();
    const latencyMs = performance.now() - started;
    tally.record(response.status, latencyMs);
    const setCookies = response.headers.getSetCookie().map((header) => header.split(";")[0] ?? "");
    return { answer: { status: response.status, html, latencyMs, setCookies, location: response.headers.get("location") }, problem: null };
  } catch (error) {
    const problem = `${init.method ?? "GET"} ${new URL(url).pathname}: ${describeError(error)}`;
    tally.fail(problem);
    return { answer: null, problem };
  }
}

/** One request, bounded in time, counted in `tally`; null when it got no answer at all. */
export async function request(tally: Tally, url: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<Answer | null> {
  return (await requestOrProblem(tally, url, init, timeoutMs)).answer;
}

/** Loads a page as `cookie`, then submits the form `pick` selects on it with `fields`, as a browser without JavaScript would. */
export async function replayForm(
  tally: Tally,
  pageUrl: string,
  cookie: string,
  pick: FormPicker,
  fields: Record<string, string> = {},
): Promise<Answer | null> {
  const page = await request(tally, pageUrl, { headers: { cookie } });
  if (!page || page.status !== 200) return page;
  let formFields: PostedForm;
  try {
    formFields = postedForm(page.html, pick);
  } catch (error) {
    tally.fail(`${new URL(pageUrl).pathname}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const submission = formSubmission(pageUrl, formFields, { cookie, fields });
  return request(tally, submission.url, submission.init);
}

/** Runs `workers` loops until `deadline` or `maxIterations` in all, whichever comes first. */
export async function runWorkers(
  workers: number,
  deadline: number,
  maxIterations: number,
  iteration: (worker: number, round: number) => Promise<void>,
): Promise<number> {
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let round = 0; Date.now() < deadline && done < maxIterations; round += 1) {
        done += 1;
        await iteration(worker, round);
      }
    }),
  );
  return done;
}

/** Open connections of the app's database, other than the one asking. */
export const CONNECTIONS_SQL =
  "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
