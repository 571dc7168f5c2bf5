import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";

// HAProxy in front of the cluster drill's app instances: Debian's package, run in the
// foreground with a configuration of the drill's own. Its request log (one line per request,
// written to standard output) names the instance that answered, how the request ended and
// how often HAProxy retried it: the drill matches every failed request against it.

export type Backend = { name: string; port: number };

/** One request as HAProxy logged it when it ended. */
export type LoggedRequest = {
  /** The drill's request id (the X-Drill-Request header), "" for requests without one. */
  id: string;
  server: string;
  status: number;
  /** HAProxy's two-letter termination state: "--" for a normal end, "SH"/"SD" when the server went away. */
  termination: string;
  retries: number;
  redispatched: boolean;
  method: string;
};

/** When HAProxy marked an instance down or up (Date.now()). */
export type StateChange = { server: string; state: "DOWN" | "UP"; at: number };

export type RunningHaproxy = {
  url: string;
  version: string;
  config: string;
  requests: LoggedRequest[];
  stateChanges: StateChange[];
  /** Resolves with the time of the first change of `server` to `state` after `since`, or null at `timeoutMs`. */
  waitForState: (server: string, state: StateChange["state"], since: number, timeoutMs: number) => Promise<number | null>;
  output: () => string;
  /** Log lines HAProxy could not write (its DroppedLogs counter, from the stats socket); null when it did not answer. */
  droppedLogs: () => Promise<number | null>;
  stop: () => Promise<void>;
};

const HAPROXY_PATHS = ["/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy"];
const START_LIMIT_MS = 10_000;

/** The haproxy binary; installed from Debian's package (CI runs as root) when it is missing. */
export function ensureHaproxy(log: (line: string) => void): string {
  const found = HAPROXY_PATHS.find((candidate) => existsSync(candidate));
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error("HAProxy is not installed: run `apt-get install haproxy` as root (the drill does it when it runs as root).");
  log("HAProxy missing: apt-get install haproxy …");
  const options = { stdio: "ignore" as const, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, timeout: 300_000 };
  execFileSync("apt-get", ["update", "-qq"], options);
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "haproxy"], options);
  const installed = HAPROXY_PATHS.find((candidate) => existsSync(candidate));
  if (!installed) throw new Error("apt-get install haproxy finished, but no haproxy binary was found.");
  return installed;
}

/**
 * The configuration the drill runs, and DEPLOY.md shows: round robin over the instances,
 * health checks on /api/health, retries on another instance for requests that never reached
 * a live one, and for reads that a dying instance left without an answer. Writes (POST) are
 * retried only when the connection failed, so a write is never applied twice. A write a dying
 * instance leaves unanswered gets a 502 when it was the first request on its client connection;
 * on a kept-alive one, HAProxy closes that connection without an answer and without a log line
 * (see new-connection.ts). The stats socket tells the drill whether any log line was dropped.
 */
export function haproxyConfig(port: number, backends: Backend[], statsSocket: string): string {
  return `global
    log stdout format raw local0
    maxconn 1000
    stats socket ${statsSocket} mode 600 level admin

defaults
    mode http
    log global
    timeout connect 2s
    timeout client 60s
    # Longer than the live stream's 25 s heartbeat (DEPLOY.md, "Live updates").
    timeout server 60s
    timeout http-request 10s
    # Longer than a client keeps an idle connection (Node's fetch: 4 s), so that the client
    # closes first: a request sent just as HAProxy closed would be lost without a trace.
    timeout http-keep-alive 60s
    timeout queue 10s
    # A loaded instance answers slowly; a dead one refuses at once, so generous check
    # timeouts cost no failover time.
    timeout check 5s
    # A connection per request to the instances: a kept-alive one that Node closes
    # just as a request is sent would fail a write on a healthy instance.
    option http-server-close
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response

frontend commons
    bind 127.0.0.1:${port}
    # Set, never passed through (DEPLOY.md, "What the proxy must do").
    http-request set-header X-Forwarded-For %[src]
    http-request set-header X-Forwarded-Host %[req.hdr(host)]
    http-request set-header X-Forwarded-Proto http
    http-request capture req.hdr(x-drill-request) len 24
    log-format "commons-request %s %ST %ts %rc %HM %[capture.req.hdr(0)]"
    default_backend instances

backend instances
    balance roundrobin
    option httpchk
    http-check send meth GET uri /api/health ver HTTP/1.1 hdr host 127.0.0.1
    http-check expect status 200
    # Only reads are resent after the instance received them; see retry-on above.
    http-request disable-l7-retry unless METH_GET
    default-server check inter 1s fastinter 500ms downinter 1s fall 3 rise 2
${backends.map((backend) => `    server ${backend.name} 127.0.0.1:${backend.port}`).join("\n")}
`;
}

const REQUEST_LINE = /^commons-request (\S+) (-?\d+) (\S{2}) (\+?)(\d+) (\S+) ?(\S*)$/;
const STATE_LINE = /Server instances\/(\S+) is (DOWN|UP)\b/;

export async function startHaproxy(binary: string, port: number, backends: Backend[]): Promise<RunningHaproxy> {
  const dir = await mkdtemp(path.join(tmpdir(), "commons-haproxy-"));
  const configPath = path.join(dir, "haproxy.cfg");
  const statsSocket = path.join(dir, "stats.sock");
  const config = haproxyConfig(port, backends, statsSocket);
  await writeFile(configPath, config);
  const version = execFileSync(binary, ["-v"], { encoding: "utf8" }).split("\n")[0] ?? "";

  const requests: LoggedRequest[] = [];
  const stateChanges: StateChange[] = [];
  let output = "";
  const readLines = (stream: NodeJS.ReadableStream) => {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const request = REQUEST_LINE.exec(line);
        if (request) {
          const [, server = "", status = "0", termination = "", plus = "", retries = "0", method = "", id = ""] = request;
          // HAProxy writes "-" for a request that carried no id (logins, probes through HAProxy).
          requests.push({ id: id === "-" ? "" : id, server, status: Number(status), termination, retries: Number(retries), redispatched: plus === "+", method });
          continue;
        }
        const state = STATE_LINE.exec(line);
        // The log and the foreground warnings both carry it; the first one counts.
        if (state) stateChanges.push({ server: state[1]!, state: state[2] as StateChange["state"], at: Date.now() });
        if (output.length < 200_000) output += `${line}\n`;
      }
    });
  };

  // -db: stay in the foreground, messages to standard error; -W would fork a master.
  const child: ChildProcess = spawn(binary, ["-db", "-f", configPath], { stdio: ["ignore", "pipe", "pipe"] });
  readLines(child.stdout!);
  readLines(child.stderr!);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    await rm(dir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const waitForState = async (server: string, state: StateChange["state"], since: number, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const change = stateChanges.find((candidate) => candidate.server === server && candidate.state === state && candidate.at >= since);
      if (change) return change.at;
      if (Date.now() > deadline || child.exitCode !== null) return null;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  try {
    const deadline = Date.now() + START_LIMIT_MS;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`HAProxy exited with ${child.exitCode}:\n${output}`);
      const ok = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`HAProxy did not answer ${url}/api/health within ${START_LIMIT_MS} ms:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const droppedLogs = () =>
    new Promise<number | null>((resolve) => {
      let info = "";
      const socket = net.connect(statsSocket, () => socket.end("show info\n"));
      socket.setTimeout(5_000, () => socket.destroy());
      socket.on("data", (chunk: Buffer) => (info += chunk.toString()));
      socket.on("close", () => {
        const dropped = /^DroppedLogs: (\d+)$/m.exec(info)?.[1];
        resolve(dropped === undefined ? null : Number(dropped));
      });
      socket.on("error", () => undefined);
    });
  return { url, version, config, requests, stateChanges, waitForState, output: () => output, droppedLogs, stop };
}
