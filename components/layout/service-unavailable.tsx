"use client";

import { UnavailableMessage, retryStyle } from "./unavailable-message";

/**
 * What a page shows when the server failed to render it (most often because
 * the database is unreachable). The digest is the reference the server logs
 * next to the real error, so a report can be matched without showing details.
 */
export function ServiceUnavailable({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <UnavailableMessage reference={digest}>
      <button type="button" onClick={onRetry} className={retryStyle}>
        Try again
      </button>
    </UnavailableMessage>
  );
}
