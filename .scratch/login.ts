const base = process.argv[2]!;
const csrf = await fetch(`${base}/api/auth/csrf`);
const { csrfToken } = (await csrf.json()) as { csrfToken: string };
const jar = csrf.headers.getSetCookie().map((h) => h.split(";")[0]).join("; ");
const r = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar }, body: new URLSearchParams({ csrfToken, identifier: process.argv[3]!, password: "commons-demo", json: "true" }) });
console.log(r.headers.getSetCookie().map((h) => h.split(";")[0]).find((c) => c.startsWith("commons.session=")));
