import { accessSync, constants } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const SHIM = fileURLToPath(new URL("./schema-engine", import.meta.url));

async function loadConfig() {
  vi.resetModules();
  return (await import("../../prisma.config")).default;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("prisma.config.ts", () => {
  it("points the CLI at the bridge, and loads without DATABASE_URL (as `prisma generate` does)", async () => {
    vi.stubEnv("DATABASE_URL", undefined);
    vi.stubEnv("PRISMA_SCHEMA_ENGINE_BINARY", undefined);

    const config = await loadConfig();

    expect(config.datasource?.url).toBeUndefined();
    expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toBe(SHIM);
    expect(() => accessSync(SHIM, constants.X_OK)).not.toThrow();
  });

  it("leaves an engine configured in the environment alone", async () => {
    vi.stubEnv("PRISMA_SCHEMA_ENGINE_BINARY", "/opt/prisma/schema-engine");

    await loadConfig();

    expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toBe("/opt/prisma/schema-engine");
  });
});
