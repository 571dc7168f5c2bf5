"use client";

import { ServiceUnavailable } from "@/components/layout/service-unavailable";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServiceUnavailable digest={error.digest} onRetry={reset} />;
}
