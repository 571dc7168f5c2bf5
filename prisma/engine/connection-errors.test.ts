import { describe, expect, it } from "vitest";
import { toUserFacingError } from "./connection-errors";

const url = "postgresql://alice:secret@localhost:5432/app";
const withCode = (code: string) => Object.assign(new Error("driver message"), { code });

describe("toUserFacingError", () => {
  it.each([
    ["ECONNREFUSED", "P1001", "Can't reach database server at `localhost:5432`"],
    ["28P01", "P1000", "the provided database credentials for `alice` are not valid"],
    ["3D000", "P1003", "Database `app` does not exist on the database server at `localhost:5432`."],
    ["42P04", "P1009", "Database `app` already exists"],
    ["42501", "P1010", "User `alice` was denied access on the database `app`"],
  ])("maps %s to %s", (code, errorCode, message) => {
    const error = toUserFacingError(withCode(code), url);
    expect(error.errorCode).toBe(errorCode);
    expect(error.message).toContain(message);
  });

  it("passes other errors through without a code", () => {
    expect(toUserFacingError(withCode("XX000"), url)).toEqual({ errorCode: "", message: "driver message" });
    expect(toUserFacingError("boom", url)).toEqual({ errorCode: "", message: "boom" });
  });
});
