import { describe, expect, it } from "vitest";
import { detectImageFormat } from "./formats";

function bytes(...parts: (string | number[])[]): Uint8Array {
  return Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))));
}

describe("detectImageFormat", () => {
  it.each([
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0], "rest")],
    ["png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "rest")],
    ["gif", bytes("GIF87a", "rest")],
    ["gif", bytes("GIF89a", "rest")],
    ["webp", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 ")],
  ])("recognises %s by its magic number", (format, file) => {
    expect(detectImageFormat(file)).toBe(format);
  });

  it.each([
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["SVG behind an XML declaration", bytes('<?xml version="1.0"?><svg/>')],
    ["HTML", bytes("<!doctype html><script>alert(1)</script>")],
    ["a RIFF file that is not WebP", bytes("RIFF", [1, 2, 3, 4], "WAVEfmt ")],
    ["a GIF signature with an unknown version", bytes("GIF90a")],
    ["a file shorter than any signature", bytes([0xff, 0xd8])],
    ["an empty file", bytes()],
  ])("recognises nothing in %s", (_name, file) => {
    expect(detectImageFormat(file)).toBeNull();
  });
});
