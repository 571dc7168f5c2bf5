import { describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { signInAs } from "@/test/next/session";

describe("getCurrentUser", () => {
  it("reads the user through a live session in one SQL statement, since every page asks", async () => {
    const user = await createUser();
    await signInAs(user.id);
    let statements = 0;
    db.$on("query", () => void statements++);

    expect((await getCurrentUser())?.id).toBe(user.id);
    expect(statements).toBe(1);
  });

  it("treats an expired session as signed out", async () => {
    const user = await createUser();
    await signInAs(user.id);
    await db.session.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 60_000), expiresAt: new Date(Date.now() - 1_000) } });

    expect(await getCurrentUser()).toBeNull();
  });
});
