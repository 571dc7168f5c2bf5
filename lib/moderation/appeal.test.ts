import { describe, expect, it } from "vitest";
import { howToAppeal, moderatorsAddress, suspendedLogInMessage } from "./appeal";

describe("where a suspended member appeals", () => {
  it("is the operator's address when it is one, trimmed", () => {
    expect(moderatorsAddress({ MODERATORS_EMAIL: " mods@commons.example " })).toBe("mods@commons.example");
    expect(howToAppeal({ MODERATORS_EMAIL: "mods@commons.example" })).toBe(
      "If you think this is a mistake, write to mods@commons.example to ask the moderators to look at it again.",
    );
  });

  it("is the people who run the site when no address, or no valid one, is set", () => {
    for (const env of [{}, { MODERATORS_EMAIL: "" }, { MODERATORS_EMAIL: "not an address" }, { MODERATORS_EMAIL: "a@b.c <script>" }]) {
      expect(moderatorsAddress(env)).toBeNull();
      expect(howToAppeal(env)).toBe("If you think this is a mistake, write to the people who run this site to ask the moderators to look at it again.");
    }
  });

  it("says at login when the suspension began, as a date in UTC", () => {
    expect(suspendedLogInMessage(new Date("2026-12-07T23:30:00Z"), {})).toBe(
      "This account was suspended on December 7, 2026. If you think this is a mistake, write to the people who run this site to ask the moderators to look at it again.",
    );
  });
});
