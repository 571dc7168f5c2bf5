import type pg from "pg";
import { type FormPicker, type PostedForm, allOf, byAction, byButton, postedForm } from "@/scripts/lib/http/form-action";
import { cardStateHref } from "@/lib/routes";
import type { LoadRequest, LoadScenario } from "./load";

// The two writes of the HTTP phase, posted the way a browser without
// JavaScript posts their forms (scripts/lib/http/form-action.ts), each with a check
// against the database afterwards.

export type WriteCheck = { name: string; expected: number; found: number; exact: boolean };

export type WriteScenario = { scenario: LoadScenario; check: (client: pg.ClientBase) => Promise<WriteCheck> };

type Session = { cookie: string; userId: string };

const BOUNDARY = "commons-bench-form-boundary";

/** A multipart/form-data POST of `fields` to `path`, as a browser encodes a form without files. */
function postRequest(baseUrl: string, path: string, fields: [string, string][]): LoadRequest {
  const parts = fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return {
    method: "POST",
    path,
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: baseUrl, accept: "text/html" },
    body: Buffer.from(`${parts.join("")}--${BOUNDARY}--\r\n`),
  };
}

async function formOn(baseUrl: string, path: string, cookie: string, pick: FormPicker): Promise<PostedForm> {
  const page = await fetch(new URL(path, baseUrl), { headers: { cookie } });
  return postedForm(await page.text(), pick);
}

/**
 * Like toggle: user n likes and unlikes post n % posts on that post's page,
 * as fast as it can. Afterwards every user settles on a known state (even
 * users liked, odd users not), and the likes table must say exactly that for
 * every user: no lost or stale like under the storm.
 */
export async function likeToggle(baseUrl: string, sessions: Session[], postIds: string[]): Promise<WriteScenario> {
  const bodies: { postId: string; like: LoadRequest; unlike: LoadRequest }[] = [];
  // One page at a time: the server is measured afterwards, not while preparing.
  for (const [index, { cookie }] of sessions.entries()) {
    const postId = postIds[index % postIds.length]!;
    const path = `/p/${postId}`;
    // Without JavaScript the card's form posts to its own route, which answers 303 back to the page.
    const form = await formOn(baseUrl, path, cookie, allOf(byAction(cardStateHref(postId)), byButton(/^Like\b/)));
    const fields = form.fields.filter(([name]) => name !== "like");
    const target = form.action ?? path;
    bodies.push({
      postId,
      like: postRequest(baseUrl, target, [...fields, ["like", "true"]]),
      unlike: postRequest(baseUrl, target, [...fields, ["like", "false"]]),
    });
  }
  const scenario: LoadScenario = {
    name: "like toggle (form post on the post page)",
    paths: postIds.length,
    signedIn: true,
    // The card's form route answers with the page it was sent from (lib/routes.ts, cardStateHref).
    successStatus: 303,
    requestFor: (connection, turn) => {
      const body = bodies[connection % bodies.length]!;
      return turn % 2 === 0 ? body.like : body.unlike;
    },
  };
  const check = async (client: pg.ClientBase): Promise<WriteCheck> => {
    for (const [index, body] of bodies.entries()) {
      const settle = index % 2 === 0 ? body.like : body.unlike;
      const response = await fetch(new URL(settle.path, baseUrl), {
        method: "POST", headers: { ...settle.headers, cookie: sessions[index]!.cookie }, body: new Uint8Array(settle.body!),
      });
      await response.arrayBuffer();
    }
    const pairs = bodies.map((body, index) => `${sessions[index]!.userId}:${body.postId}`);
    const { rows } = await client.query<{ pair: string }>(
      "SELECT user_id || ':' || post_id AS pair FROM likes WHERE user_id || ':' || post_id = ANY($1::text[])",
      [pairs],
    );
    const liked = new Set(rows.map((row) => row.pair));
    const wrong = pairs.filter((pair, index) => liked.has(pair) !== (index % 2 === 0)).length;
    return { name: "likes of the toggling users: exactly those who settled on liked", expected: pairs.length, found: pairs.length - wrong, exact: wrong === 0 };
  };
  return { scenario, check };
}

/**
 * Create post: each user posts a new text from the home page's compose form,
 * as a browser without JavaScript does, whose answer is a 303 to the home feed
 * (so that reloading it posts nothing again). Afterwards every post whose form
 * was answered so exists (none lost), and no more posts exist than were sent.
 */
export async function createPosts(baseUrl: string, sessions: Session[], runId: string): Promise<WriteScenario> {
  const fields: [string, string][][] = [];
  for (const { cookie } of sessions) fields.push((await formOn(baseUrl, "/", cookie, byButton("Post"))).fields);
  const textOf = (connection: number, turn: number) => `Bench ${runId} post ${connection}-${turn}: a short note about the weather.`;
  const acknowledged = new Set<string>();
  let sent = 0;
  const scenario: LoadScenario = {
    name: "create post (form post on the home page)",
    paths: 1,
    signedIn: true,
    successStatus: 303,
    requestFor: (connection, turn) => {
      sent++;
      return postRequest(baseUrl, "/", [...fields[connection % fields.length]!, ["text", textOf(connection, turn)]]);
    },
    onResponse: (connection, turn, status) => {
      if (status === 303) acknowledged.add(textOf(connection, turn));
    },
  };
  const check = async (client: pg.ClientBase): Promise<WriteCheck> => {
    const { rows } = await client.query<{ text: string }>("SELECT text FROM posts WHERE text LIKE $1", [`Bench ${runId} post %`]);
    const stored = new Set(rows.map((row) => row.text));
    const lost = [...acknowledged].filter((text) => !stored.has(text)).length;
    return {
      name: `posts stored: every acknowledged one (${acknowledged.size}), at most every sent one (${sent})`,
      expected: acknowledged.size,
      found: acknowledged.size - lost,
      exact: lost === 0 && stored.size <= sent,
    };
  };
  return { scenario, check };
}
