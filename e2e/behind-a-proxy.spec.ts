import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// How the production server treats forwarding headers (see DEPLOY.md). Posts
// that fail logins come from a loopback address of their own, 127.0.0.2, so
// the per-address limit they reach does not throttle the other specs, which
// all connect from 127.0.0.1.

const WRONG_CREDENTIALS = "Wrong username, email or password.";
const THROTTLED = "Too many attempts. Try again in 15 minutes.";

/** The login form's fields as a browser without JavaScript posts them. */
async function loginFields(page: Page): Promise<Record<string, string>> {
  await page.goto("/login");
  return page.locator("main form").evaluate((form) =>
    Object.fromEntries(
      [...new FormData(form as HTMLFormElement).entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    ),
  );
}

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** Posts `data` to `url` from the local address `from`, as a client of its own. */
async function postFrom(from: string, url: string, data: FormData, headers: Record<string, string>) {
  const encoded = new Response(data);
  const body = Buffer.from(await encoded.arrayBuffer());
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const post = httpRequest(
      url,
      {
        method: "POST",
        localAddress: from,
        headers: { ...headers, "content-type": encoded.headers.get("content-type") ?? "", "content-length": body.length },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    post.setTimeout(30_000, () => post.destroy(new Error(`No answer from ${url} within 30 s`)));
    post.on("error", reject);
    post.end(body);
  });
}

test("rotating X-Forwarded-For does not escape the per-address login limit", async ({ page, baseURL, user, factories }) => {
  test.slow(); // 21 password checks over HTTP, each an argon2 hash on a shared machine.
  const origin = new URL(baseURL!).origin;
  const fields = await loginFields(page);
  for (let attempt = 0; attempt < 20; attempt++) {
    const data = formData({ ...fields, identifier: `nobody_${attempt}`, password: "a wrong guess" });
    const answer = await postFrom("127.0.0.2", `${origin}/login`, data, {
      origin,
      "x-forwarded-for": `198.51.100.${attempt}, 10.0.0.${attempt}`,
    });
    expect(answer.text, `attempt ${attempt + 1}`).toContain(WRONG_CREDENTIALS);
  }
  const data = formData({ ...fields, identifier: user.username, password: factories.TEST_PASSWORD });
  const answer = await postFrom("127.0.0.2", `${origin}/login`, data, { origin, "x-forwarded-for": "203.0.113.99" });
  expect(answer.text).toContain(THROTTLED);
});

test("Next.js accepts a server action whose foreign Origin matches X-Forwarded-Host: a proxy must overwrite that header", async ({
  page,
  request,
  user,
  factories,
}) => {
  const fields = await loginFields(page);
  const forged = await request.post("/login", {
    headers: { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" },
    multipart: { ...fields, identifier: user.username, password: factories.TEST_PASSWORD },
    maxRedirects: 0,
  });
  // The action ran and logged in: only a proxy that sets X-Forwarded-Host itself stands between this and login CSRF.
  expect(forged.headers()["set-cookie"] ?? "").toContain("commons.session");
});

test("an idle kept-alive connection stays open longer than clients and proxies keep theirs", async ({ baseURL }) => {
  const { hostname, port } = new URL(baseURL!);
  const socket = connect(Number(port), hostname);
  const answers: string[] = [];
  let received = "";
  socket.setEncoding("utf8");
  const answerHead = /^HTTP\/1\.1 (\d+)[^]*?content-length: (\d+)\r\n[^]*?\r\n\r\n/i;
  socket.on("data", (chunk: string) => {
    received += chunk;
    // Each answer is whole once its body, of the announced length, has come.
    for (let match = answerHead.exec(received); match; match = answerHead.exec(received)) {
      const end = match.index + match[0].length + Number(match[2]);
      if (received.length < end) break;
      answers.push(`${match[1]} ${/^keep-alive: (.*)$/im.exec(match[0])?.[1] ?? "no keep-alive header"}`);
      received = received.slice(end);
    }
  });
  const ask = () => socket.write(`GET /robots.txt HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`);
  try {
    ask();
    await expect.poll(() => answers).toEqual(["200 timeout=65"]);
    // Idle past Node's default of 5 s, after which the server used to close it.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(socket.destroyed).toBe(false);
    ask();
    await expect.poll(() => answers).toEqual(["200 timeout=65", "200 timeout=65"]);
  } finally {
    socket.destroy();
  }
});
