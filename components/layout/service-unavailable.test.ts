import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
}

describe("the error pages", () => {
  it.each([
    ["app/error.tsx", ErrorPage],
    ["app/global-error.tsx", GlobalError],
  ])("%s says what happened, gives the reference and offers to try again", (_file, Page) => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { digest: "2914563071" });
    const html = renderToStaticMarkup(createElement(Page, { error, reset: () => undefined }));
    expect(textOf(html)).toContain(
      "Temporarily unavailable Something went wrong on our side. Please try again in a moment. Reference: 2914563071 Try again",
    );
    expect(html).not.toContain("ECONNREFUSED");
  });

  it("leaves out the reference when there is no digest", () => {
    const html = renderToStaticMarkup(createElement(ErrorPage, { error: new Error("x"), reset: () => undefined }));
    expect(textOf(html)).not.toContain("Reference");
  });
});
