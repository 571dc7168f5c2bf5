import { describe, expect, it } from "vitest";
import { capturingLogger } from "./capture";
import { logLevel } from "./logger";

describe("logLevel", () => {
  it("uses LOG_LEVEL when it names a level", () => {
    expect(logLevel({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(logLevel({ LOG_LEVEL: " WARN " })).toBe("warn");
    expect(logLevel({ LOG_LEVEL: "debug", VITEST: "true" })).toBe("debug");
  });

  it("defaults to info, and to silent under Vitest", () => {
    expect(logLevel({})).toBe("info");
    expect(logLevel({ LOG_LEVEL: "loud" })).toBe("info");
    expect(logLevel({ VITEST: "true" })).toBe("silent");
  });
});

describe("the logger", () => {
  it("writes one JSON object per line with level, time and message", () => {
    const { lines, logger } = capturingLogger();
    logger.info({ event: "sign-up", userId: "u1" }, "Account created");
    expect(lines).toEqual([
      expect.objectContaining({ level: "info", event: "sign-up", userId: "u1", msg: "Account created", pid: process.pid }),
    ]);
    expect(new Date(String(lines[0]?.time)).toISOString()).toBe(lines[0]?.time);
  });

  it("drops lines below its level and writes nothing when silent", () => {
    const warn = capturingLogger("warn");
    warn.logger.info("hidden");
    warn.logger.warn("shown");
    const silent = capturingLogger("silent");
    silent.logger.error("hidden too");
    expect(warn.lines.map((line) => line.msg)).toEqual(["shown"]);
    expect(silent.lines).toEqual([]);
  });

  it("redacts secrets and personal data at any of the first three levels", () => {
    const { lines, logger } = capturingLogger();
    logger.info(
      {
        password: "hunter2-hunter2",
        email: "ada@example.com",
        token: "t0k3n",
        user: { id: "u1", passwordHash: "$argon2id$v=19$secret" },
        request: { headers: { cookie: "session=abc", authorization: "Bearer xyz", "set-cookie": "a=b" } },
      },
      "attempt",
    );
    const written = JSON.stringify(lines[0]);
    for (const secret of ["hunter2", "ada@example.com", "t0k3n", "argon2id", "session=abc", "Bearer", "a=b"]) {
      expect(written).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({
      password: "[redacted]",
      email: "[redacted]",
      user: { id: "u1", passwordHash: "[redacted]" },
      request: { headers: { cookie: "[redacted]", authorization: "[redacted]", "set-cookie": "[redacted]" } },
    });
  });

  it("keeps child bindings on every line", () => {
    const { lines, logger } = capturingLogger();
    const child = logger.child({ requestId: "req-1" });
    child.info("one");
    child.warn({ postId: "p1" }, "two");
    expect(lines).toEqual([
      expect.objectContaining({ requestId: "req-1", msg: "one" }),
      expect.objectContaining({ requestId: "req-1", postId: "p1", msg: "two" }),
    ]);
  });
});
