// Stand-ins for the Next.js request APIs, so integration tests can call server
// actions directly: a cookie jar and request headers per test, and redirects
// surfaced as errors the test can inspect. Registered in vitest.setup.ts.

import { AsyncLocalStorage } from "node:async_hooks";

type Cookie = { name: string; value: string };

const jar = new Map<string, string>();
// Calls made inside `request.inBrowser` see that browser's jar instead of the shared one.
const otherBrowsers = new AsyncLocalStorage<Map<string, string>>();
const currentJar = () => otherBrowsers.getStore() ?? jar;
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
  /**
   * Runs `work` in a browser of its own holding `cookies`, so that calls
   * running at the same time can be different signed-in users.
   */
  inBrowser<T>(cookies: Cookie[], work: () => Promise<T>): Promise<T> {
    return otherBrowsers.run(new Map(cookies.map((cookie) => [cookie.name, cookie.value])), work);
  },
};

export const nextHeaders = {
  cookies: async () => {
    const cookies = currentJar();
    return {
      get: (name: string) => (cookies.has(name) ? { name, value: cookies.get(name)! } : undefined),
      getAll: () => [...cookies].map(([name, value]) => ({ name, value })),
      has: (name: string) => cookies.has(name),
      set: (name: string, value: string) => void cookies.set(name, value),
      delete: (name: string) => void cookies.delete(name),
    };
  },
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

/** What a client component's router does in a test's server render: nothing, as on the server. It navigates only in a browser (the e2e tests). */
function browserOnly(): never {
  throw new Error("The router navigates and prefetches only in a browser.");
}

export const nextNavigation = {
  redirect: (url: string): never => {
    throw new RedirectError(url);
  },
  notFound: (): never => {
    throw new NotFoundError();
  },
  /** Lets Next.js's own signals (these doubles of them) go on, as the real one does. */
  unstable_rethrow: (error: unknown): void => {
    if (error instanceof RedirectError || error instanceof NotFoundError) throw error;
  },
  useRouter: () => ({ push: browserOnly, replace: browserOnly, prefetch: browserOnly, refresh: browserOnly, back: browserOnly, forward: browserOnly }),
};

export const revalidatedPaths: string[] = [];

export const nextCache = {
  revalidatePath: (path: string) => void revalidatedPaths.push(path),
};
