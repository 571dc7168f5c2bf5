import { sharedStorage } from "./shared-storage";

/**
 * Whether the page a request renders found what its address names. The
 * production server (scripts/serve.ts) runs each request inside this storage,
 * and its response (lib/server/guarded-response.ts) answers a page's HTML with
 * 404 instead of 200 once the page has noted that it is missing. A page cannot set
 * its status in Next.js but through notFound(), whose answer in a production
 * build has an empty body (see lib/navigation/missing-page.ts).
 */
type PageStatus = { missing: boolean };

const storage = () => sharedStorage<PageStatus>("page-status");

/** Runs `handle` with a fresh record of whether the page it renders is missing. */
export function trackPageStatus<T>(handle: (status: Readonly<PageStatus>) => T): T {
  const status: PageStatus = { missing: false };
  return storage().run(status, () => handle(status));
}

/** Notes that this request's page is missing; false where no server will answer 404 for it (outside the production server). */
export function notePageMissing(): boolean {
  const status = storage().getStore();
  if (!status) return false;
  status.missing = true;
  return true;
}
