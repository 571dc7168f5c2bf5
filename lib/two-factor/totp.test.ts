import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, matchingStep, otpauthUri, timeStep, totpCode } from "./totp";

// The published test vectors: RFC 4226 appendix D (HOTP), RFC 6238 appendix B
// (TOTP, 8 digits, SHA-1/256/512 with the RFC's seeds), RFC 4648 section 10 (base32).

const SEED_SHA1 = Buffer.from("12345678901234567890");
const SEED_SHA256 = Buffer.from("12345678901234567890123456789012");
const SEED_SHA512 = Buffer.from("1234567890123456789012345678901234567890123456789012345678901234");

const RFC_6238: [seconds: number, sha1: string, sha256: string, sha512: string][] = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("RFC 6238 test vectors", () => {
  it.each(RFC_6238)("at %i s: SHA-1 %s, SHA-256 %s, SHA-512 %s", (seconds, sha1, sha256, sha512) => {
    const step = timeStep(seconds * 1000);
    expect(hotp(SEED_SHA1, step, 8, "sha1")).toBe(sha1);
    expect(hotp(SEED_SHA256, step, 8, "sha256")).toBe(sha256);
    expect(hotp(SEED_SHA512, step, 8, "sha512")).toBe(sha512);
    // What apps show: the last 6 digits of the same truncation.
    expect(totpCode(SEED_SHA1, seconds * 1000)).toBe(sha1.slice(2));
  });
});

describe("RFC 4226 test vectors", () => {
  const codes = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
  it.each(codes.map((code, counter) => [counter, code] as const))("counter %i gives %s", (counter, code) => {
    expect(hotp(SEED_SHA1, counter)).toBe(code);
  });
});

describe("base32 (RFC 4648)", () => {
  const vectors = [["", ""], ["f", "MY"], ["fo", "MZXQ"], ["foo", "MZXW6"], ["foob", "MZXW6YQ"], ["fooba", "MZXW6YTB"], ["foobar", "MZXW6YTBOI"]];
  it.each(vectors)("%j encodes as %j and back", (text, encoded) => {
    expect(base32Encode(Buffer.from(text))).toBe(encoded);
    expect(base32Decode(encoded)?.toString()).toBe(text);
    expect(base32Decode(`${encoded.toLowerCase()}====`)?.toString()).toBe(text);
  });

  it("refuses characters outside the alphabet", () => {
    expect(base32Decode("MZXW1")).toBeNull();
    expect(base32Decode("MZ<W6")).toBeNull();
  });
});

describe("matchingStep", () => {
  const at = 1_764_600_000_000;
  const step = timeStep(at);
  const codeOf = (offset: number) => hotp(SEED_SHA1, step + offset);

  it("accepts the current step and one step of drift either way", () => {
    expect(matchingStep(SEED_SHA1, codeOf(0), at)).toBe(step);
    expect(matchingStep(SEED_SHA1, codeOf(-1), at)).toBe(step - 1);
    expect(matchingStep(SEED_SHA1, codeOf(1), at)).toBe(step + 1);
  });

  it("refuses two steps of drift, other secrets' codes and malformed codes", () => {
    const farCodes = [codeOf(-2), codeOf(2)].filter((code) => ![codeOf(-1), codeOf(0), codeOf(1)].includes(code));
    for (const code of farCodes) expect(matchingStep(SEED_SHA1, code, at)).toBeNull();
    expect(matchingStep(SEED_SHA256, codeOf(0), at)).toBeNull();
    for (const code of ["", "12345", "1234567", `${codeOf(0)}\u0000`, "abcdef", "x".repeat(1000)]) {
      expect(matchingStep(SEED_SHA1, code, at)).toBeNull();
    }
  });
});

describe("otpauthUri", () => {
  it("names the issuer and account and carries the base32 secret with the app defaults", () => {
    const [label, query] = otpauthUri(SEED_SHA1, "ada").split("?");
    expect(decodeURIComponent(label ?? "")).toBe("otpauth://totp/Commons:ada");
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
      issuer: "Commons",
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });
});
