import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "./e2e/support/state";
import { installedBrowser } from "./scripts/lib/browser";

// The Chromium that scripts/ensure-browser.ts found or installed before the run:
// Playwright's own build, run headless as a full browser (channel "chromium"),
// or Debian's headless shell or full browser (scripts/lib/browser.ts).
const browser = installedBrowser();
const launchOptions =
  browser?.source === "system"
    ? {
        executablePath: browser.executablePath,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      }
    : {};
const channel = browser?.source === "playwright" ? "chromium" : undefined;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  forbidOnly: true,
  retries: 0,
  // Time limits catch a test that hangs; they do not measure speed (npm run bench does). CI
  // machines differ threefold: the browser tests took 7.5 min on one and 23 on another, where
  // Playwright's defaults (30 s a test, 5 s an expectation) failed tests that were only slow.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    // Recording a trace of every test to keep the failed ones' costs a third of the run's time
    // (two specs: 103 s with traces, 73 s without). CI keeps only the run's output, where a trace
    // could never be opened, so it records none; locally a failed test leaves its trace.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel, launchOptions } }],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
  },
});
