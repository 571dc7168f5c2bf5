import { db } from "@/lib/db";
import { DEMO_PASSWORD } from "./seed/community";
import { seedDemoCommunity } from "./seed/demo-community";

// `prisma db seed` (configured in prisma.config.ts).
seedDemoCommunity()
  .then((seeded) =>
    console.log(
      seeded
        ? `Seeded the demo community. Log in as ada / ${DEMO_PASSWORD}.`
        : "Seed skipped: the database already has users.",
    ),
  )
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
