import { describe, expect, it } from "vitest";
import { environmentProblems } from "./environment-check";
import { environmentWarnings } from "./environment-warnings";

// What the server refuses to start with, and what it only warns of (instrumentation.ts, `npm start`).

const SECRET = "a-session-secret-long-enough-for-production-use";

describe("the settings the server refuses to start with", () => {
  it("accepts what is unset, and the settings as README writes them", () => {
    expect(environmentProblems({})).toEqual([]);
    expect(
      environmentProblems({
        SMTP_URL: "smtps://commons:secret@mail.example.org:465",
        LOG_LEVEL: "Warn",
        DATABASE_POOL_SIZE: "20",
        DATABASE_STATEMENT_TIMEOUT_MS: "0",
        DATABASE_CONNECT_TIMEOUT_MS: "5000",
        LIVE_MAX_STREAMS_PER_USER: "6",
      }),
    ).toEqual([]);
  });

  it("names each setting it cannot use, and what it needs", () => {
    expect(
      environmentProblems({
        SMTP_URL: "smtp.example.org",
        LOG_LEVEL: "bogus",
        DATABASE_POOL_SIZE: "abc",
        DATABASE_STATEMENT_TIMEOUT_MS: "ten",
        DATABASE_CONNECT_TIMEOUT_MS: "-1",
        LIVE_MAX_STREAMS_PER_USER: "0",
      }),
    ).toEqual([
      "SMTP_URL must be an smtp:// or smtps:// address, such as smtps://user:password@mail.example.org:465.",
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "bogus".',
      'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, not "abc".',
      'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number from 0 to 3600000, not "ten".',
      'DATABASE_CONNECT_TIMEOUT_MS must be a whole number from 0 to 600000, not "-1".',
      'LIVE_MAX_STREAMS_PER_USER must be a whole number from 1 to 1000, not "0".',
    ]);
    expect(environmentProblems({ SMTP_URL: "https://mail.example.org" })).toHaveLength(1);
    expect(environmentProblems({ DATABASE_POOL_SIZE: "1.5" })).toHaveLength(1);
  });

  it("refuses object storage configured in part, as before", () => {
    expect(environmentProblems({ S3_BUCKET: "commons" })).toEqual([expect.stringContaining("S3_")]);
  });
});

describe("the settings a production server warns of", () => {
  const production = { NODE_ENV: "production", NEXTAUTH_URL: "https://commons.example.org", NEXTAUTH_SECRET: SECRET };

  it("says nothing of a site set up as DEPLOY.md says", () => {
    expect(environmentWarnings(production)).toEqual([]);
  });

  it("says where mail's links would lead without NEXTAUTH_URL, a short secret, and an open development mailbox", () => {
    expect(environmentWarnings({ ...production, NEXTAUTH_URL: undefined })).toEqual([expect.stringMatching(/^NEXTAUTH_URL is not set: .* localhost/)]);
    expect(environmentWarnings({ ...production, NEXTAUTH_SECRET: "x" })).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET is shorter than 32 characters/)]);
    expect(environmentWarnings({ ...production, NEXTAUTH_URL: "http://commons.example.org", COMMONS_DEV_MAILBOX: "on" })).toEqual([
      expect.stringMatching(/^COMMONS_DEV_MAILBOX is on: \/dev\/mailbox shows every mail/),
    ]);
  });
});
