import { describe, expect, it } from "vitest";
import { actionFields, allOf, byAction, byButton, byFollowButton, byInput, formSubmission, parseForms, postedForm } from "./form-action";

// Forms as `next build` renders them for a browser without JavaScript (taken from the home page).
const LOG_OUT =
  '<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_ID_00cabc"/>' +
  '<button type="submit" class="link">Log out</button></form>';
const likeForm = (ref: number, postId: string, label: string) =>
  `<form class="flex items-center gap-2" action="" encType="multipart/form-data" method="POST">` +
  `<input type="hidden" name="$ACTION_REF_${ref}"/>` +
  `<input type="hidden" name="$ACTION_${ref}:0" value="{&quot;id&quot;:&quot;7fba04&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>` +
  `<input type="hidden" name="$ACTION_${ref}:1" value="[null]"/>` +
  `<input type="hidden" name="$ACTION_KEY" value="k7cfab${ref}"/>` +
  `<input type="hidden" name="postId" value="${postId}"/><input type="hidden" name="like" value="true"/>` +
  `<button type="submit" aria-pressed="false" aria-label="${label}"><svg aria-hidden="true"><path d="M1"></path></svg>` +
  `<span>0</span><span class="sr-only">likes</span></button></form>`;
const COMPOSE =
  '<form class="space-y-3" noValidate="" data-form="compose" action="" encType="multipart/form-data" method="POST">' +
  '<input type="hidden" name="$ACTION_REF_24"/><input type="hidden" name="$ACTION_KEY" value="k72d"/>' +
  '<textarea name="text"></textarea><input id="compose-images" name="images" type="file" multiple=""/>' +
  '<button type="submit" class="primary">Post</button></form>';
const PAGE = `<html><body><header>${LOG_OUT}</header><main>${COMPOSE}${likeForm(25, "post_a", "Like")}${likeForm(26, "post_b", "Unlike")}</main></body></html>`;

describe("parseForms", () => {
  it("reads attributes, named inputs with decoded values and the accessible names of submit buttons", () => {
    const forms = parseForms(PAGE);
    expect(forms.map((form) => form.buttons.map((button) => button.label))).toEqual([["Log out"], ["Post"], ["Like"], ["Unlike"]]);
    expect(forms[1]?.attributes).toMatchObject({ "data-form": "compose", method: "POST", enctype: "multipart/form-data" });
    expect(forms[2]?.inputs).toContainEqual({ name: "$ACTION_25:0", value: '{"id":"7fba04","bound":"$@1"}', type: "hidden" });
  });

  it("reads the page as a browser does: quoted >, unquoted values, and no forms in comments or templates", () => {
    const html =
      '<!-- <form><button>Old</button></form> --><template><form><button>Later</button></form></template>' +
      '<form data-form=search><input type=hidden name=q value="a > b &amp; c"><button>Search <b>now</b></button></form>';
    expect(parseForms(html)).toEqual([
      {
        attributes: { "data-form": "search" },
        inputs: [{ name: "q", value: "a > b & c", type: "hidden" }],
        buttons: [{ label: "Search now", name: null, value: "" }],
      },
    ]);
  });
});

describe("byFollowButton", () => {
  // The follow button as a profile renders it, not following and following (components/follows/follow-button.tsx).
  const followForm = (pressed: boolean) =>
    '<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_ID_40f0"/>' +
    `<input type="hidden" name="userId" value="u1"/><button type="submit" name="follow" value="${!pressed}" aria-pressed="${pressed}">` +
    `${pressed ? "<span>Following</span><span>Unfollow</span>" : "Follow"}<span class="sr-only"> @ada</span></button></form>`;

  it("picks the follow form of that account whether or not it is followed, and no other", () => {
    for (const pressed of [false, true]) {
      const page = `${LOG_OUT}${followForm(pressed)}`;
      expect(actionFields(page, byFollowButton("ada"))).toContainEqual(["userId", "u1"]);
      expect(() => actionFields(page, byFollowButton("ad"))).toThrow("found 0");
    }
  });

  it("sends what the button asks for, as a browser does: follow, or stop following", () => {
    for (const pressed of [false, true]) {
      const { fields } = postedForm(`${LOG_OUT}${followForm(pressed)}`, byFollowButton("ada"));
      expect(fields).toEqual([["$ACTION_ID_40f0", ""], ["userId", "u1"], ["follow", String(!pressed)]]);
    }
  });
});

describe("actionFields", () => {
  it("returns the hidden fields of the picked form, action fields included, and none of the visible ones", () => {
    expect(actionFields(PAGE, allOf(byButton(/^(Like|Unlike)$/), byInput("postId", "post_b")))).toEqual([
      ["$ACTION_REF_26", ""],
      ["$ACTION_26:0", '{"id":"7fba04","bound":"$@1"}'],
      ["$ACTION_26:1", "[null]"],
      ["$ACTION_KEY", "k7cfab26"],
      ["postId", "post_b"],
      ["like", "true"],
    ]);
    expect(actionFields(PAGE, byButton("Post"))).toEqual([["$ACTION_REF_24", ""], ["$ACTION_KEY", "k72d"]]);
    expect(actionFields(PAGE, byButton("Log out"))).toEqual([["$ACTION_ID_00cabc", ""]]);
  });

  it("refuses an ambiguous pick, a missing form and a form without a server action", () => {
    expect(() => actionFields(PAGE, byButton(/like/i))).toThrow("Expected one matching form on the page, found 2.");
    expect(() => actionFields(PAGE, byButton("Delete"))).toThrow("found 0");
    expect(() => actionFields('<form method="get"><input type="hidden" name="q"/><button>Search</button></form>', byButton("Search"))).toThrow(
      "carries no server action",
    );
  });
});

describe("formSubmission", () => {
  it("posts multipart to the page with an Origin of the page's host, the cookie and the caller's fields last", async () => {
    const fields = actionFields(PAGE, byInput("postId", "post_a"));
    const image = new File([new Uint8Array([1, 2, 3])], "a.png", { type: "image/png" });
    const { url, init } = formSubmission("http://127.0.0.1:3300/p/post_a", fields, {
      cookie: "commons.session=abc",
      fields: { like: "false", images: [image] },
    });
    expect(url).toBe("http://127.0.0.1:3300/p/post_a");
    expect(init).toMatchObject({ method: "POST", redirect: "manual", headers: { origin: "http://127.0.0.1:3300", cookie: "commons.session=abc" } });
    const body = init.body as FormData;
    expect(body.getAll("like")).toEqual(["false"]);
    expect(body.get("postId")).toBe("post_a");
    expect((body.get("images") as File).name).toBe("a.png");
    expect(body.has("$ACTION_REF_25")).toBe(true);
  });

  it("posts a card's plain form to its own address, and refuses a form that posts nowhere", () => {
    const card =
      '<form action="/p/post_a/state" method="post"><button name="like" value="true" aria-label="Like, 0 likes"></button>' +
      '<button name="bookmark" value="true" aria-label="Bookmark"></button></form>';
    const form = postedForm(card + LOG_OUT, allOf(byAction("/p/post_a/state"), byButton(/^Like\b/)));
    expect(form).toEqual({ action: "/p/post_a/state", fields: [["like", "true"]] });
    const { url } = formSubmission("http://127.0.0.1:3300/p/post_a", form, { fields: { like: "true" } });
    expect(url).toBe("http://127.0.0.1:3300/p/post_a/state");
    expect(postedForm(LOG_OUT, byButton("Log out")).action).toBeNull();
    expect(() => postedForm('<form><button>Go</button></form>', byButton("Go"))).toThrow("neither a server action");
    expect(() => actionFields(card, byAction("/p/post_a/state"))).toThrow("no server action");
  });

  it("sends the field of the button pressed, by default the form's first, and no other button's", () => {
    const card =
      '<form action="/p/post_a/state" method="post"><button name="like" value="false" aria-label="Like, 1 like"></button>' +
      '<button name="bookmark" value="true" aria-label="Bookmark"></button></form>';
    expect(postedForm(card, byAction("/p/post_a/state")).fields).toEqual([["like", "false"]]);
    expect(postedForm(card, byAction("/p/post_a/state"), "Bookmark").fields).toEqual([["bookmark", "true"]]);
    expect(postedForm(LOG_OUT, byButton("Log out")).fields).toEqual([["$ACTION_ID_00cabc", ""]]);
    expect(() => postedForm(card, byAction("/p/post_a/state"), "Repost")).toThrow("no button called Repost");
  });
});
