"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, useCallback, useEffect, useState } from "react";
import { wasAnsweredInPage } from "@/components/ui/answered-in-page";
import { opensInThisTab } from "@/components/ui/plain-click";
import { decodedPath } from "./current-path";

// A navigation that takes this long is taken to have failed quietly: the bar goes away.
const GIVE_UP_AFTER_MS = 20_000;

/**
 * A thin bar at the top of the screen from the moment a link or a search form
 * leads to another address until that address is shown. Client-side
 * navigations keep the old page on screen meanwhile, which on a slow network
 * looks like nothing happened. Without JavaScript the browser's own loading
 * indicator does this job and the bar never renders.
 */
export function NavigationProgress() {
  // The address a pending navigation leaves, from the click or submit that started it.
  const [leaving, setLeaving] = useState<string | null>(null);
  const arrive = useCallback(() => setLeaving(null), []);

  // Listening starts with the layout's hydration, outside the Suspense boundary below, which may
  // hydrate later: a click in between would have shown no bar. On the window as the event bubbles,
  // after the page's own handlers: one that answers a click on the page shows no bar.
  useEffect(() => {
    const start = (target: URL) => {
      const here = addressKey(window.location.pathname, new URLSearchParams(window.location.search));
      if (target.origin !== window.location.origin || addressKey(target.pathname, target.searchParams) === here) return;
      setLeaving(here);
      window.setTimeout(() => setLeaving((from) => (from === here ? null : from)), GIVE_UP_AFTER_MS);
    };
    const onClick = (event: MouseEvent) => {
      if (wasAnsweredInPage(event)) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link instanceof HTMLAnchorElement && opensInThisTab(event, link)) start(new URL(link.href));
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      // Forms that post to a server action show their own pending state on their button.
      if (!(form instanceof HTMLFormElement) || form.method !== "get" || wasAnsweredInPage(event)) return;
      const target = new URL(form.action);
      const fields = new FormData(form, event.submitter);
      target.search = new URLSearchParams([...fields].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : []))).toString();
      start(target);
    };
    window.addEventListener("click", onClick);
    window.addEventListener("submit", onSubmit);
    return () => {
      window.removeEventListener("click", onClick);
      window.removeEventListener("submit", onSubmit);
    };
  }, []);

  // useSearchParams needs a Suspense boundary wherever a page is rendered statically.
  return (
    <Suspense fallback={null}>
      <ProgressBar leaving={leaving} onArrived={arrive} />
    </Suspense>
  );
}

function ProgressBar({ leaving, onArrived }: { leaving: string | null; onArrived: () => void }) {
  const here = addressKey(usePathname(), useSearchParams());
  const arrived = leaving !== null && leaving !== here;
  // Arrived: forget where it started, or coming back to that address (a form that
  // redirects there, say) would show the bar again.
  useEffect(() => {
    if (arrived) onArrived();
  }, [arrived, onArrived]);

  if (leaving !== here) return null;
  return (
    <div
      role="progressbar"
      aria-label="Loading page"
      className="navigation-progress fixed inset-x-0 top-0 z-50 h-1 origin-left bg-sky-600 dark:bg-sky-400"
    />
  );
}

function addressKey(pathname: string, searchParams: URLSearchParams | { toString(): string }): string {
  const query = new URLSearchParams(searchParams.toString());
  query.sort();
  return `${decodedPath(pathname)}?${query.toString()}`;
}
