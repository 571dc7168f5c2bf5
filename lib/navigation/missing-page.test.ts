import { readFile, readdir } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GuardedResponse } from "@/lib/server/guarded-response";
import { trackPageStatus } from "@/lib/server/page-status";
import { NotFoundError } from "@/test/next/runtime";
import { missingPage } from "./missing-page";

/** A server answering as scripts/serve.ts does for a page: `render` stands for Next.js's render of it. */
async function answerWith(render: (response: GuardedResponse) => void): Promise<number> {
  const server = createServer({ ServerResponse: GuardedResponse }, (_request, response) =>
    trackPageStatus((status) => {
      response.answerMissingPages(status);
      // Next.js writes once the page has rendered, after the page's own code ran.
      setTimeout(() => render(response), 1);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return (await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" })).status;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function pageFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name === "page.tsx").map((entry) => path.join(entry.parentPath, entry.name));
}

describe("a missing page", () => {
  it("is answered 404 with the message the page drew, under the production server", async () => {
    const status = await answerWith((response) => {
      expect(missingPage("This post isn’t here")).toBe("This post isn’t here");
      response.end("<h1>This post isn’t here</h1>");
    });
    expect(status).toBe(404);
  });

  it("leaves a page that found what it names at 200, and any other status as it is", async () => {
    expect(await answerWith((response) => response.end("<h1>A post</h1>"))).toBe(200);
    const redirected = await answerWith((response) => {
      missingPage(null);
      response.writeHead(307, { location: "/login" }).end();
    });
    expect(redirected).toBe(307);
  });

  it("is Next.js's notFound() where no server sets the status (next dev)", () => {
    expect(() => missingPage("This post isn’t here")).toThrow(NotFoundError);
  });

  it("is drawn in place by every page: none throws notFound(), whose production answer has an empty body", async () => {
    const throwing: string[] = [];
    for (const file of await pageFiles("app")) {
      if ((await readFile(file, "utf8")).includes("notFound(")) throwing.push(file);
    }
    expect(throwing).toEqual([]);
  });
});
