import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "@/lib/validation/limits";
import { checkChosenFile, checkUploadSize, shownFileName, uploadMessages } from "./validate";

describe("checkUploadSize", () => {
  it("accepts a file of exactly the maximum size", () => {
    expect(checkUploadSize(MAX_UPLOAD_BYTES)).toBeNull();
  });

  it("refuses one byte more", () => {
    expect(checkUploadSize(MAX_UPLOAD_BYTES + 1)).toEqual({ ok: false, message: uploadMessages.tooLarge });
  });

  it("refuses an empty file", () => {
    expect(checkUploadSize(0)).toEqual({ ok: false, message: uploadMessages.empty });
  });

  it("names the limits the code enforces", () => {
    expect(uploadMessages.tooLarge).toContain("5 MB");
    expect(uploadMessages.tooManyPixels).toContain("40 megapixels");
  });
});

describe("checkChosenFile", () => {
  it("refuses a file declared as another kind, or too large, before it is sent", () => {
    expect(checkChosenFile({ size: 1_000, type: "image/svg+xml" })).toEqual({ ok: false, message: uploadMessages.unsupported });
    expect(checkChosenFile({ size: 1_000, type: "application/pdf" })).toEqual({ ok: false, message: uploadMessages.unsupported });
    expect(checkChosenFile({ size: MAX_UPLOAD_BYTES + 1, type: "image/png" })).toEqual({ ok: false, message: uploadMessages.tooLarge });
  });

  it("leaves an accepted or undeclared kind to the server, which reads the bytes", () => {
    expect(checkChosenFile({ size: 1_000, type: "image/JPEG" })).toBeNull();
    expect(checkChosenFile({ size: 1_000, type: "" })).toBeNull();
  });
});

describe("shownFileName", () => {
  it("shows a short name as it is, and a long one by its start and its end", () => {
    expect(shownFileName("holiday.jpg")).toBe("holiday.jpg");
    const shown = shownFileName(`${"A".repeat(10_000)}.svg`);
    expect(shown).toBe(`${"A".repeat(40)}…${"A".repeat(12)}.svg`);
  });

  it("drops bidi controls and invisible characters, which would make a name read as another", () => {
    expect(shownFileName("photo\u202Egpj.svg")).toBe("photogpj.svg");
    expect(shownFileName("\u200B\u2066")).toBe("An image");
  });
});
