import { describe, expect, it } from "vitest";
import { UNREADABLE_FORM_MESSAGE } from "@/lib/actions/unavailable";
import { serverActionFiles } from "@/test/next/server-actions";
import { trackActionEntry } from "./action-entry";

// The production server answers a failed server-action request with 400 when
// no action was entered (scripts/serve.ts): an action that did not note its
// entry would have its own failures reported as the client's fault.

const NOT_FORMS = ["logOut", "loadOlderPosts", "loadMoreComments", "loadNewestHomePosts"];

async function exportedActions(): Promise<[string, (...args: unknown[]) => unknown][]> {
  const actions: [string, (...args: unknown[]) => unknown][] = [];
  for (const file of await serverActionFiles()) {
    for (const [name, exported] of Object.entries(await import(file))) {
      if (typeof exported === "function") actions.push([name, (...args) => Reflect.apply(exported, undefined, args)]);
    }
  }
  return actions;
}

describe("server actions and the production server", () => {
  it("every server action notes its entry, even when called with arguments no form sends", async () => {
    const actions = await exportedActions();
    expect(actions.length).toBeGreaterThan(10);
    const unnoted: string[] = [];
    for (const [name, action] of actions) {
      const entered = await trackActionEntry(async (entry) => {
        await Promise.resolve(action(1, 2, 3)).catch(() => undefined);
        return entry.entered;
      });
      if (!entered) unnoted.push(name);
    }
    expect(unnoted).toEqual([]);
  });

  it("a form action called without a form answers with a message instead of throwing", async () => {
    for (const [name, action] of await exportedActions()) {
      if (NOT_FORMS.includes(name)) continue;
      for (const forged of [[1, 2, 3], [null, "text"], [], [{ get: 1 }, { get: 1 }]]) {
        expect(await action(...forged), `${name}(${JSON.stringify(forged)})`).toEqual({ ok: false, message: UNREADABLE_FORM_MESSAGE });
      }
    }
  });
});
