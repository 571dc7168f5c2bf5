// Stand-ins for the Next.js request APIs, so integration tests can call server
// actions directly: a cookie jar and request headers per test, and redirects
// surfaced as errors the test can inspect. Registered in vitest.setup.ts.

type Cookie = { name: string; value: string };

const jar = new Map<string, string>();
let requestHeaders = new Headers({ "x-forwarded-for": "203.0.113.10" });

export const request = {
  reset() {
    jar.clear();
    requestHeaders = new Headers({ "x-forwarded-for": "203.0.113.10" });
  },
  setClientIp(ip: string) {
    requestHeaders.set("x-forwarded-for", ip);
  },
  setHeader(name: string, value: string) {
    requestHeaders.set(name, value);
  },
  cookieNames: () => [...jar.keys()],
  /** Moves the test to another browser: the cookies of this one are returned and cleared. */
  switchBrowser(cookies: Cookie[] = []): Cookie[] {
    const previous = [...jar].map(([name, value]) => ({ name, value }));
    jar.clear();
    for (const cookie of cookies) jar.set(cookie.name, cookie.value);
    return previous;
  },
};

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => requestHeaders,
};

export class RedirectError extends Error {
  constructor(readonly url: string) {
    super(`Redirected to ${url}`);
  }
}

export class NotFoundError extends Error {
  constructor() {
    super("Not found");
  }
}

export const nextNavigation = {
  redirect: (url: string): never => {
    throw new RedirectError(url);
  },
  notFound: (): never => {
    throw new NotFoundError();
  },
};

export const revalidatedPaths: string[] = [];

export const nextCache = {
  revalidatePath: (path: string) => void revalidatedPaths.push(path),
};
