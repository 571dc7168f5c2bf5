import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "@/lib/validation/limits";
import { checkUploadSize, uploadMessages } from "./validate";

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
