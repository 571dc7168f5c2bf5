import { describe, expect, it } from "vitest";
import { type Browser, type BrowserEnvironment, MISSING_BROWSER_MESSAGE, SYSTEM_HEADLESS_SHELL, ensureBrowser } from "./browser";

const systemChromium: Browser = { source: "system", executablePath: SYSTEM_HEADLESS_SHELL };
const playwrightChromium: Browser = { source: "playwright" };

type Machine = {
  present?: Browser;
  downloadWorks?: boolean;
  rootOnDebian?: boolean;
  aptWorks?: boolean;
};

/** A machine described by its facts; installers put the browser there as the real ones would. */
function fakeEnvironment({ present, downloadWorks = false, rootOnDebian = false, aptWorks = true }: Machine) {
  let browser = present ?? null;
  const calls: string[] = [];
  const environment: BrowserEnvironment = {
    installedBrowser: () => browser,
    downloadPlaywrightChromium: async () => {
      calls.push("download");
      if (downloadWorks) browser = playwrightChromium;
      return downloadWorks;
    },
    rootOnDebian,
    installDebianChromium: async () => {
      calls.push("apt-get");
      if (aptWorks) browser = systemChromium;
      return aptWorks;
    },
    log: () => undefined,
  };
  return { environment, calls };
}

describe("ensureBrowser", () => {
  it("uses a Chromium that is already there and installs nothing", async () => {
    for (const present of [systemChromium, playwrightChromium]) {
      const { environment, calls } = fakeEnvironment({ present, rootOnDebian: true, downloadWorks: true });
      expect(await ensureBrowser(environment)).toEqual({ ok: true, browser: present });
      expect(calls).toEqual([]);
    }
  });

  it("downloads Playwright's own Chromium where it can, even as root on Debian", async () => {
    const { environment, calls } = fakeEnvironment({ downloadWorks: true, rootOnDebian: true });
    expect(await ensureBrowser(environment)).toEqual({ ok: true, browser: playwrightChromium });
    expect(calls).toEqual(["download"]);
  });

  it("installs Debian's headless shell when the download fails and it runs as root on Debian", async () => {
    const { environment, calls } = fakeEnvironment({ rootOnDebian: true });
    expect(await ensureBrowser(environment)).toEqual({ ok: true, browser: systemChromium });
    expect(calls).toEqual(["download", "apt-get"]);
  });

  it("stops with what to install when it can neither download nor install", async () => {
    const { environment, calls } = fakeEnvironment({ rootOnDebian: false });
    const outcome = await ensureBrowser(environment);
    expect(outcome).toEqual({ ok: false, message: MISSING_BROWSER_MESSAGE });
    expect(MISSING_BROWSER_MESSAGE).toMatch(/npx playwright install chromium.*apt-get install chromium-headless-shell/);
    expect(MISSING_BROWSER_MESSAGE).not.toContain("\n");
    expect(calls).toEqual(["download"]);
  });

  it("stops with what to install when apt-get fails", async () => {
    const { environment, calls } = fakeEnvironment({ rootOnDebian: true, aptWorks: false });
    expect(await ensureBrowser(environment)).toEqual({ ok: false, message: MISSING_BROWSER_MESSAGE });
    expect(calls).toEqual(["download", "apt-get"]);
  });

  it("does not believe an installer whose browser is not there afterwards", async () => {
    const { environment } = fakeEnvironment({ rootOnDebian: true });
    environment.installDebianChromium = async () => true;
    expect(await ensureBrowser(environment)).toEqual({ ok: false, message: MISSING_BROWSER_MESSAGE });
  });
});
