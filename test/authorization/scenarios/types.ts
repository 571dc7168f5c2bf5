import type { createUser } from "@/test/factories";

export type User = Awaited<ReturnType<typeof createUser>>;
export type World = { owner: User; other: User; admin: User; bystander: User };
export type ServerAction = (previous: null, formData: FormData) => Promise<{ ok: boolean }>;
export type Scenario = {
  action: ServerAction;
  /** Sets up the owner's data; returns the form to submit and a look at the owner's data. */
  arrange: (world: World) => Promise<{ form: FormData; probe: () => Promise<unknown> }>;
  ownerRole?: "USER" | "ADMIN";
  /** The exported action `action` runs, when it adapts one called with the form alone (a form-only action, lib/follows/actions.ts). */
  covers?: unknown;
};
