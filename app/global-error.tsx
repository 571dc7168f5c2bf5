"use client";

import { ServiceUnavailable } from "@/components/layout/service-unavailable";
import "./globals.css";

/**
 * Replaces the root layout when the layout itself failed (its header reads the
 * signed-in user, so an unreachable database ends up here), hence its own
 * <html>. Trying again reloads the page: the layout has to be rendered anew.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <main id="main" className="mx-auto w-full max-w-2xl px-4 pb-16 pt-6">
          <title>Temporarily unavailable · Commons</title>
          <ServiceUnavailable digest={error.digest} onRetry={() => window.location.reload()} />
        </main>
      </body>
    </html>
  );
}
