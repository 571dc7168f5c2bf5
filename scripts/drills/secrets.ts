import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { DrillEnvironment } from "./environment";
import type { Member } from "./load";
import { Tally, request } from "./traffic";

export type SecretsResult = { filesScanned: number; pagesScanned: number; findings: string[] };

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Nothing secret in what browsers download: the client bundles hold neither
 * the server's session secret nor database details nor password material,
 * and pages seen by one member show no one else's email or password hash.
 */
export async function runSecretsCheck(environment: DrillEnvironment, members: Member[]): Promise<SecretsResult> {
  const findings: string[] = [];
  const forbidden = [
    environment.server.env.NEXTAUTH_SECRET!,
    environment.databaseUrl,
    "DATABASE_URL",
    "postgres://",
    "postgresql://",
    "password_hash",
    "passwordHash",
    "argon2",
  ];
  const files = await filesUnder(".next/static");
  for (const file of files) {
    const text = await readFile(file, "latin1");
    for (const needle of forbidden) if (text.includes(needle)) findings.push(`${file} contains ${needle === forbidden[0] ? "NEXTAUTH_SECRET's value" : needle}`);
  }

  const viewer = members[0]!;
  const others = members.slice(1, 4);
  const emails = await environment.query<{ id: string; email: string }>("SELECT id, email FROM users");
  const [post] = await environment.query<{ id: string }>(
    "SELECT p.id FROM posts p JOIN comments c ON c.post_id = p.id WHERE p.author_id = $1 GROUP BY p.id ORDER BY count(*) DESC LIMIT 1",
    [others[0]!.id],
  );
  const paths = [
    "/",
    "/explore",
    "/settings",
    ...others.flatMap((other) => [`/@${other.username}`, `/@${other.username}/followers`, `/@${other.username}/following`]),
    ...(post ? [`/p/${post.id}`] : []),
    `/search?q=${encodeURIComponent(others[0]!.username.slice(0, 4))}`,
  ];
  const tally = new Tally();
  for (const pagePath of paths) {
    const page = await request(tally, `${environment.server.baseUrl}${pagePath}`, { headers: { cookie: viewer.cookie } });
    if (!page || page.status !== 200) {
      findings.push(`${pagePath} answered ${page?.status ?? "nothing"}`);
      continue;
    }
    if (/\$argon2(id|i|d)\$/.test(page.html)) findings.push(`${pagePath} shows a password hash`);
    for (const { id, email } of emails) {
      if (id !== viewer.id && page.html.toLowerCase().includes(email)) findings.push(`${pagePath} shows someone else's email ${email}`);
    }
  }
  return { filesScanned: files.length, pagesScanned: paths.length, findings };
}
