import { describe, expect, it } from "vitest";
import { refusalBody } from "./refusal-page";

const browser = { host: "commons.example", accept: "text/html,application/xhtml+xml,*/*;q=0.8" };

describe("refusalBody", () => {
  it("gives a browser's own form a page saying why, leading back to the form's page on this site", () => {
    const answer = refusalBody("This form is too large.", { ...browser, referer: "https://commons.example/settings?saved=profile" });
    expect(answer.contentType).toBe("text/html; charset=utf-8");
    expect(answer.body).toContain('<p role="alert">This form is too large.</p>');
    expect(answer.body).toContain('<a href="/settings?saved=profile">Back to the form</a>');
  });

  it("leads home from another site's page or none, and escapes what it writes", () => {
    expect(refusalBody("x", { ...browser, referer: "https://evil.example/settings" }).body).toContain('<a href="/">');
    expect(refusalBody("x", { ...browser, referer: "not a url" }).body).toContain('<a href="/">');
    expect(refusalBody("x", browser).body).toContain('<a href="/">');
    const quoted = refusalBody("<b>", { ...browser, referer: 'https://commons.example/p/"><script>' });
    expect(quoted.body).toContain("&#60;b&#62;");
    expect(quoted.body).toContain('<a href="/p/%22%3E%3Cscript%3E">');
    expect(quoted.body).not.toContain("<script>");
  });

  it("answers scripts and other clients with the text alone", () => {
    expect(refusalBody("Too large.", { ...browser, "next-action": "7f00" })).toEqual({ contentType: "text/plain; charset=utf-8", body: "Too large." });
    expect(refusalBody("Too large.", { ...browser, rsc: "1" }).contentType).toBe("text/plain; charset=utf-8");
    expect(refusalBody("Too large.", { host: "commons.example", accept: "*/*" }).body).toBe("Too large.");
  });
});
