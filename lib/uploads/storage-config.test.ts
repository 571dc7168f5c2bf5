import path from "node:path";
import { describe, expect, it } from "vitest";
import { readStorageConfig, StorageConfigError, storageConfigProblem } from "./storage-config";

const COMPLETE = {
  S3_ENDPOINT: "https://objects.example.test",
  S3_BUCKET: "commons-media",
  S3_REGION: "eu-central-1",
  S3_ACCESS_KEY_ID: "AKIDEXAMPLE",
  S3_SECRET_ACCESS_KEY: "very-secret-value",
};

describe("readStorageConfig", () => {
  it("keeps uploads in UPLOAD_DIR, or .data/uploads, when no S3 variable is set", () => {
    expect(readStorageConfig({ UPLOAD_DIR: "/srv/uploads" })).toEqual({ kind: "local", dir: "/srv/uploads" });
    expect(readStorageConfig({})).toEqual({ kind: "local", dir: path.resolve(".data/uploads") });
    // A .env file that lists the variables without values configures nothing.
    expect(readStorageConfig({ S3_ENDPOINT: "", S3_BUCKET: "" })).toEqual({ kind: "local", dir: path.resolve(".data/uploads") });
  });

  it("uses the bucket when all five variables are set, virtual-hosted unless path style is asked for", () => {
    expect(readStorageConfig(COMPLETE)).toEqual({
      kind: "s3",
      endpoint: "https://objects.example.test",
      bucket: "commons-media",
      region: "eu-central-1",
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "very-secret-value",
      forcePathStyle: false,
    });
    expect(readStorageConfig({ ...COMPLETE, S3_FORCE_PATH_STYLE: "true" })).toMatchObject({ forcePathStyle: true });
    expect(readStorageConfig({ ...COMPLETE, S3_FORCE_PATH_STYLE: "1" })).toMatchObject({ forcePathStyle: true });
    expect(readStorageConfig({ ...COMPLETE, S3_FORCE_PATH_STYLE: "false" })).toMatchObject({ forcePathStyle: false });
  });

  it("names every missing variable when only some are set", () => {
    const read = () => readStorageConfig({ S3_BUCKET: "commons-media", S3_SECRET_ACCESS_KEY: "very-secret-value" });

    expect(read).toThrow(StorageConfigError);
    expect(read).toThrow(/S3_ENDPOINT is missing; S3_REGION is missing; S3_ACCESS_KEY_ID is missing/);
    expect(read).toThrow(/or none of them to keep them in UPLOAD_DIR/);
  });

  it.each([
    ["S3_ENDPOINT", "objects.example.test", "S3_ENDPOINT must be an http:// or https:// URL"],
    ["S3_ENDPOINT", "ftp://objects.example.test", "S3_ENDPOINT must be an http:// or https:// URL"],
    ["S3_BUCKET", "Commons_Media", "S3_BUCKET must be 3–63 lowercase letters, digits, dots or hyphens"],
    ["S3_FORCE_PATH_STYLE", "yes", "S3_FORCE_PATH_STYLE must be true or false"],
  ])("refuses %s=%s with a message that says what is wrong", (name, value, message) => {
    expect(() => readStorageConfig({ ...COMPLETE, [name]: value })).toThrow(message);
  });

  it("never repeats a secret in its message", () => {
    const problem = storageConfigProblem({ ...COMPLETE, S3_ENDPOINT: "not a url" });

    expect(problem).toContain("S3_ENDPOINT");
    expect(problem).not.toContain("very-secret-value");
    expect(problem).not.toContain("not a url");
    expect(storageConfigProblem(COMPLETE)).toBeNull();
  });
});
