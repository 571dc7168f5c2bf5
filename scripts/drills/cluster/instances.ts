import { randomBytes } from "node:crypto";
import { type NextServer, UNLIMITED_WRITES, startNextServer } from "../../lib/http/next-server";

/**
 * One app instance of the cluster: the production server (scripts/serve.ts, the process `npm
 * start` runs once the migrations are applied) on its own loopback port.
 */
export type Instance = { name: string; port: number; url: string; server: NextServer | null; log: string };

export type Instances = {
  list: Instance[];
  /** The variables every instance shares: the session secret, the database, the storage, the proxy's address. */
  env: Record<string, string>;
  /** SIGKILL: the instance dies with whatever it was answering. Resolves when the process is gone. */
  kill: (instance: Instance) => Promise<void>;
  /** Starts it again on its port; resolves when its own /api/health answers. */
  restart: (instance: Instance) => Promise<void>;
  close: () => Promise<void>;
};

export const POOL_SIZE_PER_INSTANCE = 8;

async function launch(instance: Instance, databaseUrl: string, env: Record<string, string>) {
  instance.server = await startNextServer(databaseUrl, instance.port, {
    env,
    onStderr: (chunk) => {
      if (instance.log.length < 100_000) instance.log += chunk;
    },
  });
}

export async function startInstances(
  databaseUrl: string,
  ports: number[],
  options: { publicUrl: string; storageEnv: Record<string, string> },
): Promise<Instances> {
  const env: Record<string, string> = {
    // Every instance must sign and read the same session cookies.
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: options.publicUrl,
    DATABASE_POOL_SIZE: String(POOL_SIZE_PER_INSTANCE),
    // HAProxy connects from 127.0.0.1 and sets X-Forwarded-For (DEPLOY.md, "Client addresses").
    TRUSTED_PROXIES: "127.0.0.1",
    ...UNLIMITED_WRITES,
    ...options.storageEnv,
  };
  const list: Instance[] = ports.map((port, index) => ({ name: `app${index + 1}`, port, url: `http://127.0.0.1:${port}`, server: null, log: "" }));
  const close = async () => {
    await Promise.all(list.map((instance) => instance.server?.stop()));
  };
  const started = await Promise.allSettled(list.map((instance) => launch(instance, databaseUrl, env)));
  const failed = started.find((result) => result.status === "rejected");
  if (failed) {
    await close();
    throw failed.reason;
  }
  return {
    list,
    env,
    kill: async (instance) => {
      const server = instance.server;
      if (!server) return;
      process.kill(server.pid, "SIGKILL");
      await server.stop();
      instance.server = null;
    },
    restart: (instance) => launch(instance, databaseUrl, env),
    close,
  };
}
