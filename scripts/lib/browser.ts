import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Debian's Chromium, used where Playwright's own build cannot be downloaded:
 * its headless shell (package chromium-headless-shell) where it is there, else
 * the full browser. The shell is the same engine without the browser's window
 * and services around it: the browser tests took 30 % less CPU with it
 * (BENCHMARKS.md, "The browser tests on a slower machine").
 */
export const SYSTEM_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Where the end-to-end tests get Chromium from. */
export type Browser = { source: "playwright" } | { source: "system"; executablePath: string };

/** The one line `npm test` stops with when no browser could be had. */
export const MISSING_BROWSER_MESSAGE =
  "No browser for the end-to-end tests: run `npx playwright install chromium`, or install Chromium at " +
  `${SYSTEM_HEADLESS_SHELL} (Debian: \`apt-get install chromium-headless-shell\`), then run npm test again.`;

/**
 * The browser already on this machine, if any. Playwright's own build comes
 * first: it is the version this Playwright was tested with.
 */
export function installedBrowser(): Browser | null {
  if (existsSync(chromium.executablePath())) return { source: "playwright" };
  for (const executablePath of [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM]) {
    if (existsSync(executablePath)) return { source: "system", executablePath };
  }
  return null;
}

/** What `ensureBrowser` needs to know and do; the tests pass their own. */
export type BrowserEnvironment = {
  installedBrowser: () => Browser | null;
  /** Resolves false, soon, when the download cannot start (no internet). */
  downloadPlaywrightChromium: () => Promise<boolean>;
  rootOnDebian: boolean;
  installDebianChromium: () => Promise<boolean>;
  log: (line: string) => void;
};

export type BrowserOutcome = { ok: true; browser: Browser } | { ok: false; message: string };

/**
 * Makes sure a Chromium is there for Playwright: the one already installed,
 * else Playwright's own download, else Debian's package when we may install
 * it (root on Debian), else a message saying what to install.
 */
export async function ensureBrowser(environment: BrowserEnvironment): Promise<BrowserOutcome> {
  const present = environment.installedBrowser();
  if (present) return { ok: true, browser: present };

  environment.log("No Chromium for the end-to-end tests yet: downloading Playwright's.");
  if (await environment.downloadPlaywrightChromium()) return installed(environment);

  if (environment.rootOnDebian) {
    environment.log("Playwright's download is not possible here: installing Debian's chromium with apt-get.");
    if (await environment.installDebianChromium()) return installed(environment);
  }
  return { ok: false, message: MISSING_BROWSER_MESSAGE };
}

// An installer that claims success is believed only if the browser is there.
function installed(environment: BrowserEnvironment): BrowserOutcome {
  const browser = environment.installedBrowser();
  return browser ? { ok: true, browser } : { ok: false, message: MISSING_BROWSER_MESSAGE };
}
