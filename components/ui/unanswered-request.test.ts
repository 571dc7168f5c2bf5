import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { RedirectError } from "@/test/next/runtime";
import { FAILED_MESSAGE, UNANSWERED_MESSAGE, answerOrNull, answeredOrRefused } from "./unanswered-request";

function sent(fields: Record<string, string | Blob>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

describe("a request that got no answer", () => {
  it("is refused with what was typed, never a password, a file or React's own fields", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const form = sent({ text: "Written on a train", newPassword: "hunter2hunter2", image: new Blob(["x"]), "$ACTION_ID_abc": "" });
    expect(await answeredOrRefused(() => Promise.reject(new TypeError("Failed to fetch")), form)).toEqual({
      ok: false,
      message: UNANSWERED_MESSAGE,
      values: { text: "Written on a train" },
    });
    expect(await answerOrNull(() => Promise.reject(new TypeError("Failed to fetch")))).toBeNull();
  });

  it("that was an error page is said to have gone wrong on our side, not on the reader's connection", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await answeredOrRefused(() => Promise.reject(new Error("Internal Server Error")), sent({ text: "Kept" }))).toEqual({
      ok: false,
      message: FAILED_MESSAGE,
      values: { text: "Kept" },
    });
    expect(await answerOrNull(() => Promise.reject(new Error("Internal Server Error")))).toBeNull();
  });

  it("is not a redirect, which goes on to Next.js's router", async () => {
    await expect(answeredOrRefused(async () => redirect("/somewhere"))).rejects.toEqual(new RedirectError("/somewhere"));
  });

  it("leaves an answer as it came", async () => {
    expect(await answeredOrRefused(() => Promise.resolve({ ok: true as const, liked: true }))).toEqual({ ok: true, liked: true });
    expect(await answerOrNull(() => Promise.resolve({ items: [] }))).toEqual({ items: [] });
  });
});
