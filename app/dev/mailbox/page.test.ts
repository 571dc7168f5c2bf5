import { afterEach, describe, expect, it, vi } from "vitest";
import { devMailboxEnabled } from "@/lib/mail/mailbox";
import { configuredTransport, developmentTransport } from "@/lib/mail/transport";
import DevMailboxPage from "./page";
import { NotFoundError } from "@/test/next/runtime";

const SMTP = { SMTP_URL: "smtp://mail.example:587", MAIL_FROM: "Commons <no-reply@example.org>" };

afterEach(() => vi.unstubAllEnvs());

describe("the development mailbox", () => {
  it.each([
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "test" }, true],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "production", COMMONS_DEV_MAILBOX: "yes" }, false],
    [{ NODE_ENV: "production", COMMONS_DEV_MAILBOX: "on" }, true],
    [{ NODE_ENV: "production", COMMONS_DEV_MAILBOX: "on", NEXTAUTH_URL: "https://commons.example" }, false],
    [{ NODE_ENV: "development", NEXTAUTH_URL: "https://commons.example" }, false],
    [{ NODE_ENV: "development", ...SMTP }, false],
    [{ NODE_ENV: "production", COMMONS_DEV_MAILBOX: "on", ...SMTP }, false],
  ])("with %j: %s", (env, enabled) => {
    expect(devMailboxEnabled(env)).toBe(enabled);
  });

  it("is never served by a production server, which keeps its mail queued without SMTP", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("COMMONS_DEV_MAILBOX", "");
    await expect(DevMailboxPage({ params: Promise.resolve({}), searchParams: Promise.resolve({}) })).rejects.toBeInstanceOf(NotFoundError);
    expect(await configuredTransport(process.env)).toBeNull();
  });

  it("is served in development, where mail stays in it", async () => {
    vi.stubEnv("NODE_ENV", "development");
    await expect(DevMailboxPage({ params: Promise.resolve({}), searchParams: Promise.resolve({}) })).resolves.toBeTruthy();
    expect(await configuredTransport(process.env)).toBe(developmentTransport);
  });

  it("gives way to SMTP when it is configured", async () => {
    expect((await configuredTransport({ NODE_ENV: "development", ...SMTP }))?.name).toBe("smtp");
    expect((await configuredTransport({ NODE_ENV: "production", ...SMTP }))?.name).toBe("smtp");
  });
});
