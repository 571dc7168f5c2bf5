import path from "node:path";
import { readStorageConfig } from "@/lib/uploads/storage-config";
import { uploadDir, uploadStore } from "@/lib/uploads/storage";
import { copyUploadsToStore } from "./lib/uploads-to-s3";
import { readProductionEnvFiles } from "./lib/env-files";

// `npm run uploads:to-s3 [-- <folder>]`: copies an upload folder (default
// UPLOAD_DIR, else .data/uploads) into the bucket the S3_* variables name.
// Run it before switching a running site to the bucket, and once more after
// the switch to pick up what was uploaded in between.

async function main() {
  readProductionEnvFiles();
  const source = path.resolve(process.argv[2] ?? uploadDir());
  if (readStorageConfig().kind !== "s3") {
    throw new Error("No bucket configured: set S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (README, Configuration).");
  }
  const target = await uploadStore();
  if (!(await target.reachable())) throw new Error(`The bucket ${target.location} does not answer at ${process.env.S3_ENDPOINT}.`);

  console.log(`Copying ${source} into ${target.location} …`);
  const started = performance.now();
  const report = await copyUploadsToStore(source, target);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Copied ${report.copied}, already there ${report.alreadyThere}, replaced ${report.replaced}, ` +
      `not uploads ${report.ignored}, damaged ${report.damaged.length}, in ${seconds} s.`,
  );
  if (report.damaged.length > 0) {
    console.error("These files no longer match their content hash and were not copied:");
    for (const name of report.damaged) console.error(`  ${path.join(source, name)}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
