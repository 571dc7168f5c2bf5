"use client";

import { useEffect, useRef, useState } from "react";
import { loadNewestHomePosts } from "@/lib/live/actions";
import type { PostCard } from "@/lib/posts/queries";
import { useLiveEvents } from "./live-events";

/**
 * Posts that reached the top of the home feed since it was shown. `gap`: more than a page came,
 * so they do not join up with the shown ones (`nextCursor` then continues after them).
 */
export type NewPosts = { items: PostCard[]; nextCursor: string | null; gap: boolean };

/**
 * Asks for the feed's first page whenever the live stream says a followed account posted, and
 * keeps what is above the newest post shown. The server's own feed query answers, so a post
 * the reader may not see never counts. One request at a time; a signal meanwhile asks again.
 */
export function useNewHomePosts(enabled: boolean, shown: PostCard[]) {
  const [newPosts, setNewPosts] = useState<NewPosts | null>(null);
  const shownNow = useRef(shown);
  useEffect(() => {
    shownNow.current = shown;
  }, [shown]);
  const fetching = useRef(false);
  const askAgain = useRef(false);

  async function check() {
    if (fetching.current) {
      askAgain.current = true;
      return;
    }
    fetching.current = true;
    try {
      do {
        askAgain.current = false;
        const page = await loadNewestHomePosts();
        const shownIds = new Set(shownNow.current.map((post) => post.id));
        const firstShown = page.items.findIndex((post) => shownIds.has(post.id));
        const items = firstShown === -1 ? page.items : page.items.slice(0, firstShown);
        setNewPosts(items.length > 0 ? { items, nextCursor: page.nextCursor, gap: firstShown === -1 } : null);
      } while (askAgain.current);
    } catch {
      // Offline or the server restarting: the next signal asks again.
    } finally {
      fetching.current = false;
    }
  }

  useLiveEvents((event) => {
    if (event.type === "feed") void check();
  }, enabled);
  return { newPosts, forget: () => setNewPosts(null) };
}
