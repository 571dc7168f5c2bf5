import { downloadPlaywrightChromium, installDebianChromium, isRootOnDebian } from "./lib/browser-install";
import { ensureBrowser, installedBrowser } from "./lib/browser";

// First step of `npm run test:e2e`: get a Chromium for Playwright, or stop at
// once with one line saying what to install (before a two-minute build).

const outcome = await ensureBrowser({
  installedBrowser,
  downloadPlaywrightChromium,
  rootOnDebian: isRootOnDebian(),
  installDebianChromium,
  log: (line) => console.log(line),
});

if (outcome.ok) {
  const { browser } = outcome;
  console.log(`Chromium for the end-to-end tests: ${browser.source === "system" ? browser.executablePath : "Playwright's own"}.`);
} else {
  console.error(outcome.message);
  process.exit(1);
}
