import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, URL_ENCODED_TOO_LARGE_MESSAGE } from "./body-limit";
import { hasUnannouncedBody, refusalFromHeaders } from "./request-guard";

const host = "commons.example:3000";
const multipart = { host, "content-type": "multipart/form-data; boundary=x" };
const action = { host, "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" };

describe("refusalFromHeaders", () => {
  it("refuses a body announced over the limit, whatever the request", () => {
    expect(refusalFromHeaders("POST", { host, "content-length": String(MAX_BODY_BYTES + 1) })?.status).toBe(413);
    expect(refusalFromHeaders("PUT", { host, "content-length": String(MAX_BODY_BYTES) })).toBeNull();
  });

  it("holds a url-encoded body to 64 KB, as next-auth recognises one", () => {
    const urlEncoded = (contentType: string, length: number) => refusalFromHeaders("POST", { host, "content-type": contentType, "content-length": String(length) });
    expect(urlEncoded("application/x-www-form-urlencoded", 64 * 1024)).toBeNull();
    expect(urlEncoded("application/x-www-form-urlencoded", 64 * 1024 + 1)).toEqual({ status: 413, message: URL_ENCODED_TOO_LARGE_MESSAGE });
    expect(urlEncoded("Application/X-WWW-Form-Urlencoded; charset=UTF-8", 64 * 1024 + 1)?.status).toBe(413);
    expect(urlEncoded("text/plain; x=application/x-www-form-urlencoded", 64 * 1024 + 1)?.status).toBe(413);
    expect(urlEncoded("multipart/form-data; boundary=x", 64 * 1024 + 1)).toBeNull();
  });

  it.each(["null", "https://evil.example", "http://", "not a url", `http://${host}.evil.example`, "https://commons.example"])(
    "refuses a server action from %j with 403",
    (origin) => {
      expect(refusalFromHeaders("POST", { ...multipart, origin })?.status).toBe(403);
      expect(refusalFromHeaders("POST", { ...action, origin })?.status).toBe(403);
    },
  );

  it("lets through actions from the site itself, without an Origin, or through the host a proxy forwarded", () => {
    expect(refusalFromHeaders("POST", { ...multipart, origin: `http://${host}` })).toBeNull();
    expect(refusalFromHeaders("POST", { ...action })).toBeNull();
    expect(refusalFromHeaders("POST", { ...action, host: "127.0.0.1:3000", "x-forwarded-host": `${host}, inner`, origin: `https://${host}` })).toBeNull();
  });

  it("refuses TRACE with 405 and the methods the app answers", () => {
    expect(refusalFromHeaders("TRACE", { host })).toMatchObject({ status: 405, allow: "GET, HEAD, POST" });
    expect(refusalFromHeaders("OPTIONS", { host })).toBeNull();
  });

  it("leaves requests Next.js does not treat as actions to the app", () => {
    expect(refusalFromHeaders("GET", { host, origin: "null" })).toBeNull();
    expect(refusalFromHeaders("POST", { host, origin: "null", "content-type": "application/x-www-form-urlencoded" })).toBeNull();
  });
});

describe("the router state of an RSC request", () => {
  const state = encodeURIComponent(JSON.stringify(["", { children: ["explore", { children: ["__PAGE__", {}] }] }, null, "refetch"]));

  it.each(["garbage", "%E0%A4%A", "[1]", "{}", encodeURIComponent(`[${"[".repeat(30_000)}`)])("refuses %j with 400, as Next.js cannot read it", (header) => {
    expect(refusalFromHeaders("GET", { host, rsc: "1", "next-router-state-tree": header })).toEqual({ status: 400, message: "This request's router state could not be read." });
  });

  it("lets through a state Next.js reads, and any state of a request that is not RSC", () => {
    expect(refusalFromHeaders("GET", { host, rsc: "1", "next-router-state-tree": state })).toBeNull();
    expect(refusalFromHeaders("GET", { host, rsc: "1" })).toBeNull();
    expect(refusalFromHeaders("GET", { host, "next-router-state-tree": "garbage" })).toBeNull();
  });
});

describe("hasUnannouncedBody", () => {
  it("is true only for a body sent without a length", () => {
    expect(hasUnannouncedBody({ "transfer-encoding": "chunked" })).toBe(true);
    expect(hasUnannouncedBody({ "content-length": "10" })).toBe(false);
    expect(hasUnannouncedBody({})).toBe(false);
  });
});
