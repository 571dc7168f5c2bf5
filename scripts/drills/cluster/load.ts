import { type FormPicker, type PostedForm, allOf, byAction, byButton, byFollowButton, formSubmission, postedForm } from "../../lib/http/form-action";
import { cardStateHref } from "@/lib/routes";
import type { Member } from "../load";
import { type Answer, Tally, acknowledgesPost, requestOrProblem } from "../traffic";
import { pngImage } from "./images";
import { requestOnNewConnection } from "./new-connection";

// The cluster drill's mixed load, sent through HAProxy: reads, like and follow toggles, posts
// and posts with an image. Every request carries an id (X-Drill-Request) that HAProxy logs,
// so that each failed request can be matched with what HAProxy saw; every acknowledged write
// is remembered, to be looked for in the database afterwards.

export type FailedRequest = { id: string; method: string; path: string; status: number | null; reason: string; at: number };

/** The last wish sent for one (member, post) like or (member, member) follow, and whether the answer showed it done. */
export type Wish = { actorId: string; targetId: string; wanted: boolean; acknowledged: boolean };

export type ClusterLoad = {
  tally: Tally;
  connections: number;
  seconds: number;
  /** Requests that got no answer, or a 5xx. */
  failed: FailedRequest[];
  /** Pages answered 200 without the form the drill came for. */
  formProblems: string[];
  /** Reads answered without the member signed in (a session an instance did not accept). */
  signedOut: number;
  rounds: number;
  sent: { likes: number; follows: number; posts: number; imagePosts: number };
  acknowledgedPosts: { text: string; withImage: boolean }[];
  likes: Map<string, Wish>;
  follows: Map<string, Wish>;
};

const MAX_ROUNDS = 50_000;
const SIGNED_IN_MARK = "Log out";
const LIKE_BUTTON = /^Like\b/;

/** The fields of the form `pick` selects, sent with its button `press`, or null when the page has none (or several). */
function formOn(html: string, pick: FormPicker, press?: RegExp): Map<string, string> | null {
  try {
    return new Map(postedForm(html, pick, press).fields);
  } catch {
    return null;
  }
}

export type LoadHandle = { result: ClusterLoad; stop: () => Promise<ClusterLoad> };

/**
 * Starts `connections` members (one each) going round: like, follow, post, post with an
 * image, then six reads. Runs until `stop()` or `maxSeconds`, whichever comes first.
 */
export function startClusterLoad(
  baseUrl: string,
  members: Member[],
  postIds: string[],
  options: { connections: number; maxSeconds: number },
): LoadHandle {
  const result: ClusterLoad = {
    tally: new Tally(),
    connections: options.connections,
    seconds: 0,
    failed: [],
    formProblems: [],
    signedOut: 0,
    rounds: 0,
    sent: { likes: 0, follows: 0, posts: 0, imagePosts: 0 },
    acknowledgedPosts: [],
    likes: new Map(),
    follows: new Map(),
  };
  let stopped = false;
  let nextId = 0;
  const deadline = Date.now() + options.maxSeconds * 1000;

  /** Reads go on kept-alive connections, as a browser's do; writes each on a new one (see new-connection.ts). */
  const send = async (url: string, init: RequestInit = {}): Promise<Answer | null> => {
    const id = `d${(nextId += 1)}`;
    const headers = new Headers(init.headers);
    headers.set("x-drill-request", id);
    const method = init.method ?? "GET";
    const { answer, problem } = method === "GET" ? await requestOrProblem(result.tally, url, { ...init, headers }) : await requestOnNewConnection(result.tally, url, { ...init, headers });
    if (!answer || answer.status >= 500) {
      const reason = answer ? `HTTP ${answer.status}` : problem;
      result.failed.push({ id, method, path: new URL(url).pathname, status: answer?.status ?? null, reason, at: Date.now() });
    }
    return answer;
  };

  /** The page, then its form `pick` with `fields`, sent with its button `press`; the form's own fields come back too (the wished state). */
  const submit = async (pageUrl: string, cookie: string, pick: FormPicker, fields: Record<string, string | Blob> = {}, press?: RegExp) => {
    const page = await send(pageUrl, { headers: { cookie } });
    if (!page || page.status !== 200) return null;
    let formFields: PostedForm;
    try {
      formFields = postedForm(page.html, pick, press);
    } catch (error) {
      if (result.formProblems.length < 10) result.formProblems.push(`${new URL(pageUrl).pathname}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
    const { url, init } = formSubmission(pageUrl, formFields, { cookie, fields });
    return { form: new Map(formFields.fields), answer: await send(url, init) };
  };

  /** The page a form's answer shows: itself (a server action without JavaScript), or the page it leads back to (a card's form route). */
  const pageAfter = async (answer: Answer | null, pageUrl: string, cookie: string): Promise<Answer | null> => {
    if (answer?.status === 200) return answer;
    if (answer?.status !== 303 || answer.location === null) return null;
    const back = new URL(answer.location, pageUrl);
    return back.origin === new URL(pageUrl).origin ? send(back.href, { headers: { cookie } }) : null;
  };

  /** Submits a toggle form and remembers the wish; acknowledged when the page that comes back shows the wished state. */
  const toggle = async (
    wishes: Map<string, Wish>,
    wish: { actorId: string; targetId: string; field: string },
    pageUrl: string,
    cookie: string,
    form: { pick: FormPicker; press?: RegExp },
  ) => {
    const sent = await submit(pageUrl, cookie, form.pick, {}, form.press);
    const wanted = sent?.form.get(wish.field);
    if (!sent || wanted === undefined) return;
    // The form shown afterwards offers the opposite of what was wished.
    const shownPage = await pageAfter(sent.answer, pageUrl, cookie);
    const offered = shownPage?.status === 200 ? formOn(shownPage.html, form.pick, form.press)?.get(wish.field) : undefined;
    const acknowledged = offered === String(wanted !== "true");
    wishes.set(`${wish.actorId} ${wish.targetId}`, { actorId: wish.actorId, targetId: wish.targetId, wanted: wanted === "true", acknowledged });
  };

  const worker = async (index: number) => {
    const member = members[index % members.length]!;
    for (let round = 0; !stopped && Date.now() < deadline && result.rounds < MAX_ROUNDS; round += 1) {
      result.rounds += 1;
      const other = members[(index + 1 + (round % (members.length - 1))) % members.length]!;
      const postId = postIds[(index * 7 + round) % postIds.length]!;
      switch (round % 10) {
        case 0:
          result.sent.likes += 1;
          await toggle(result.likes, { actorId: member.id, targetId: postId, field: "like" }, `${baseUrl}/p/${postId}`, member.cookie, {
            pick: allOf(byAction(cardStateHref(postId)), byButton(LIKE_BUTTON)),
            press: LIKE_BUTTON,
          });
          break;
        case 1:
          result.sent.follows += 1;
          await toggle(result.follows, { actorId: member.id, targetId: other.id, field: "follow" }, `${baseUrl}/@${other.username}`, member.cookie, {
            pick: byFollowButton(other.username),
          });
          break;
        case 2:
        case 3: {
          const withImage = round % 10 === 3;
          const text = `Cluster drill ${withImage ? "image " : ""}${index}.${round}`;
          const fields: Record<string, string | Blob> = { text };
          if (withImage) fields.images = new Blob([new Uint8Array(await pngImage(index * 10_000 + round))], { type: "image/png" });
          result.sent[withImage ? "imagePosts" : "posts"] += 1;
          const sent = await submit(`${baseUrl}/`, member.cookie, byButton("Post"), fields);
          if (acknowledgesPost(sent?.answer ?? null)) result.acknowledgedPosts.push({ text, withImage });
          break;
        }
        default: {
          const paths = ["/", "/explore", `/@${other.username}`, `/p/${postId}`];
          const answer = await send(`${baseUrl}${paths[round % paths.length]}`, { headers: { cookie: member.cookie } });
          if (answer && answer.status < 500 && !(answer.status === 200 && answer.html.includes(SIGNED_IN_MARK))) result.signedOut += 1;
        }
      }
    }
  };

  const started = Date.now();
  const running = Promise.all(Array.from({ length: options.connections }, (_, index) => worker(index)));
  let finished: Promise<ClusterLoad> | null = null;
  const stop = async () => {
    stopped = true;
    await running;
    result.seconds = (Date.now() - started) / 1000;
    return result;
  };
  // Once: the drill stops it, and stops it again on the way out should anything have thrown.
  return { result, stop: () => (finished ??= stop()) };
}
