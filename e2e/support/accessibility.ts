import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Result } from "axe-core";
import { expect, type Page } from "@playwright/test";

// Accessibility scans: axe-core's full default rule set, run by axe.run() inside
// the page. @axe-core/playwright's AxeBuilder costs several seconds more per
// scan on a loaded machine: every analyze() evaluates axe's 1.3 MB script in the
// page again, then opens a blank page (a new renderer), evaluates it there too
// and merges the per-frame results in it — machinery for cross-origin iframes,
// which these pages do not have. Here the script goes into each document once,
// so scanning the same page light and dark injects it once.

const axeRequire = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"));
// The axe-core build @axe-core/playwright itself pins (not whatever version is hoisted), minified.
const AXE_SOURCE = readFileSync(axeRequire.resolve("axe-core/axe.min.js"), "utf8");

type AxeWindow = Window & { axe?: typeof import("axe-core") };

type Scan = {
  /** A CSS selector: scan only this part of the page (the rest is covered by another scan). */
  include?: string;
  /** Names the page or state in the failure message; the page's URL by default. */
  label?: string;
};

/** The page's axe violations as it is now, in the colour scheme it is emulating. */
export async function axeViolations(page: Page, include?: string): Promise<Result[]> {
  // axe.run scans the frames it can reach only where axe is injected too; fail loudly
  // rather than scan a framed page partly.
  expect(page.frames(), "a page with frames needs axe in each frame (AxeBuilder)").toHaveLength(1);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const { axe } = window as AxeWindow;
    if (!axe) throw new Error("axe-core did not load in the page");
    const results = await axe.run({ include: selector ? [selector] : [], exclude: [] });
    return results.violations;
  }, include);
}

/** Fails with axe's violations, if any, on the page as it is now. */
export async function expectNoAxeViolations(page: Page, { include, label = page.url() }: Scan = {}) {
  expect(await axeViolations(page, include), label).toEqual([]);
}

/**
 * Scans the page in the device's light, then dark colour scheme, without a
 * reload: the theme follows prefers-color-scheme in CSS.
 */
export async function expectNoAxeViolationsLightAndDark(page: Page, { include, label = page.url() }: Scan = {}) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, { include, label: `${label} (${colorScheme})` });
  }
}
