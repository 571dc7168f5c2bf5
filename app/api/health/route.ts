import { healthResponse } from "@/lib/health";

export const dynamic = "force-dynamic";

/** For load balancers and the test harness: is the app up, and can it reach its database? */
export function GET() {
  return healthResponse();
}
