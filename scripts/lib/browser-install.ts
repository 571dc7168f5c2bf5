import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// The real installers behind scripts/ensure-browser.ts.

/** Long enough for a download to start anywhere; short enough not to stall a machine without internet. */
const DOWNLOAD_START_TIMEOUT_MS = 20_000;
/** Chromium is about 170 MB; a download still going after this has stalled. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
/** Playwright prints "|■■■■    |  40% of 170.1 MiB" as a download streams, when its output is not a terminal. */
const DOWNLOAD_PROGRESS = /\d+% of /;

export function downloadPlaywrightChromium(): Promise<boolean> {
  // The full Chromium only: playwright.config.ts runs it headless (channel "chromium").
  return runWhileProgressing(path.resolve("node_modules/.bin/playwright"), ["install", "--no-shell", "chromium"], {
    progress: DOWNLOAD_PROGRESS,
    startTimeoutMs: DOWNLOAD_START_TIMEOUT_MS,
    timeoutMs: DOWNLOAD_TIMEOUT_MS,
  });
}

export function isRootOnDebian(): boolean {
  return process.getuid?.() === 0 && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
}

export async function installDebianChromium(): Promise<boolean> {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  return (
    (await run("apt-get", ["update"], env)) &&
    (await run("apt-get", ["install", "-y", "--no-install-recommends", "chromium-headless-shell"], env))
  );
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0));
  });
}

type ProgressOptions = { progress: RegExp; startTimeoutMs: number; timeoutMs: number };

/**
 * Runs a download command and resolves whether it succeeded. It is given
 * `startTimeoutMs` to print a `progress` line, then `timeoutMs` in all; past
 * either it is killed with its children. Output is shown once the download
 * streams; before that only the last line, so a failure reads as one line
 * rather than a page of retries.
 */
export function runWhileProgressing(command: string, args: string[], options: ProgressOptions): Promise<boolean> {
  return new Promise((resolve) => {
    // Its own process group, so a kill also reaches the downloader it forks.
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let started = false;
    let lastLine = "";
    let outcome: string | null = null;
    const stop = (reason: string) => {
      outcome = reason;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    };
    let timer = setTimeout(() => stop(`did not start within ${options.startTimeoutMs / 1000} s`), options.startTimeoutMs);

    const watch = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      const text = chunk.toString();
      if (!started && options.progress.test(text)) {
        started = true;
        clearTimeout(timer);
        timer = setTimeout(() => stop(`took over ${options.timeoutMs / 1000} s`), options.timeoutMs);
      }
      if (started) stream.write(chunk);
      else lastLine = text.trim().split("\n").at(-1) ?? lastLine;
    };
    child.stdout.on("data", (chunk: Buffer) => watch(chunk, process.stdout));
    child.stderr.on("data", (chunk: Buffer) => watch(chunk, process.stderr));
    // A command that cannot start emits "error", then "close" with no exit code.
    child.on("error", (error) => {
      outcome ??= "could not start";
      lastLine = error.message;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const succeeded = outcome === null && code === 0;
      if (!succeeded) console.log(`The download ${outcome ?? "failed"}${lastLine ? `: ${lastLine}` : ""}`);
      resolve(succeeded);
    });
  });
}
