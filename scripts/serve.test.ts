import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { listenFailure } from "./serve";

/** The error a second server gets listening on a port a first one holds, as the production server would. */
async function errorListeningTwice(): Promise<unknown> {
  const first = createServer();
  await new Promise<void>((resolve) => first.listen(0, "127.0.0.1", resolve));
  const address = first.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const second = createServer();
  try {
    return await new Promise((resolve) => {
      second.once("error", resolve);
      second.listen(port, "127.0.0.1", () => resolve(null));
    });
  } finally {
    second.close();
    first.close();
  }
}

describe("the production server's start", () => {
  it("says in a line that its port is taken, rather than a stack", async () => {
    const error = await errorListeningTwice();
    expect(listenFailure(error, "127.0.0.1", 3000)).toBe("Port 3000 is in use on 127.0.0.1: stop what holds it, or set PORT to another.");
  });

  it("leaves any other failure to be printed whole", () => {
    expect(listenFailure(new Error("Something else"), "0.0.0.0", 3000)).toBeNull();
  });
});
