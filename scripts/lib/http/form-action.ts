// Replays a server-action form the way a browser without JavaScript submits
// it. React renders such a form with method="POST", enctype multipart and
// hidden inputs naming the action ($ACTION_ID_<id>, or $ACTION_REF_<n> with
// its bound arguments in $ACTION_<n>:<i>) and, for useActionState, the
// $ACTION_KEY that lets Next render the action's answer into the page. A
// client posts those inputs, plus its own fields, to the page's URL.

import { type DefaultTreeAdapterTypes, defaultTreeAdapter, parse } from "parse5";

export type FormInput = { name: string; value: string; type: string };

/** A submit button: its accessible name (aria-label, else its text), and the field it sends when pressed, if it has a name. */
export type SubmitButton = { label: string; name: string | null; value: string };

export type RenderedForm = {
  /** The form's own attributes, e.g. `data-form` or `action`. */
  attributes: Record<string, string>;
  /** Every named <input> of the form, hidden or not, in document order. */
  inputs: FormInput[];
  /** Every submit button, in document order. */
  buttons: SubmitButton[];
};

export type FormPicker = (form: RenderedForm) => boolean;

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const { getChildNodes, isElementNode, isTextNode } = defaultTreeAdapter;

/** The elements below `node` named `tagName`, in document order; `<template>` contents are left out, as a browser does. */
function elementsNamed(node: ParentNode, tagName: string, found: Element[] = []): Element[] {
  for (const child of getChildNodes(node)) {
    if (!isElementNode(child)) continue;
    if (child.tagName === tagName) found.push(child);
    elementsNamed(child, tagName, found);
  }
  return found;
}

function attributesOf(element: Element): Record<string, string> {
  return Object.fromEntries(element.attrs.map((attribute) => [attribute.name, attribute.value]));
}

/** The text below `node`, a space between elements, white space collapsed. */
function textOf(node: ParentNode): string {
  const pieces: string[] = [];
  const collect = (parent: ParentNode) => {
    for (const child of getChildNodes(parent)) {
      if (isTextNode(child)) pieces.push(child.value);
      else if (isElementNode(child)) collect(child);
      pieces.push(" ");
    }
  };
  collect(node);
  return pieces.join("").replace(/\s+/g, " ").trim();
}

function readForm(form: Element): RenderedForm {
  const inputs = elementsNamed(form, "input")
    .map(attributesOf)
    .filter((attributes) => attributes.name !== undefined)
    .map((attributes) => ({ name: attributes.name!, value: attributes.value ?? "", type: attributes.type ?? "text" }));
  const buttons = elementsNamed(form, "button")
    .map((button) => ({ attributes: attributesOf(button), button }))
    .filter(({ attributes }) => (attributes.type ?? "submit") === "submit")
    .map(({ attributes, button }) => ({ label: attributes["aria-label"] ?? textOf(button), name: attributes.name ?? null, value: attributes.value ?? "" }));
  return { attributes: attributesOf(form), inputs, buttons };
}

/**
 * Every <form> of a page, as far as a form-submitting client cares, parsed by
 * the HTML standard's rules (parse5): entities, unquoted attributes and
 * implied end tags read as a browser reads them. Forms cannot nest in HTML.
 */
export function parseForms(html: string): RenderedForm[] {
  return elementsNamed(parse(html), "form").map(readForm);
}

function isCalled(button: SubmitButton, name: string | RegExp): boolean {
  return typeof name === "string" ? button.label === name : name.test(button.label);
}

/** Picks the form whose submit button is called `name` (its accessible name). */
export function byButton(name: string | RegExp): FormPicker {
  return (form) => form.buttons.some((button) => isCalled(button, name));
}

/**
 * Picks the follow form for `username` in either state. Its button is named by its text: "Follow @ada",
 * or, pressed, "Following" and the "Unfollow" that CSS shows under the pointer, both in the markup
 * (components/follows/follow-button.tsx).
 */
export function byFollowButton(username: string): FormPicker {
  const names = new Set([`Follow @${username}`, `Following Unfollow @${username}`]);
  return (form) => form.buttons.some((button) => names.has(button.label));
}

/** Picks the form with an input `name` whose value is `value`, e.g. the like form of one post. */
export function byInput(name: string, value: string): FormPicker {
  return (form) => form.inputs.some((input) => input.name === name && input.value === value);
}

export function allOf(...pickers: FormPicker[]): FormPicker {
  return (form) => pickers.every((pick) => pick(form));
}

function isActionField(name: string): boolean {
  return name.startsWith("$ACTION_");
}

function pickOne(html: string, pick: FormPicker): RenderedForm {
  const matches = parseForms(html).filter(pick);
  if (matches.length !== 1) throw new Error(`Expected one matching form on the page, found ${matches.length}.`);
  return matches[0]!;
}

function isServerAction(form: RenderedForm): boolean {
  return form.inputs.some((input) => input.name.startsWith("$ACTION_ID_") || input.name.startsWith("$ACTION_REF_"));
}

function sentFields(form: RenderedForm): [string, string][] {
  return form.inputs.filter((input) => input.type === "hidden" || isActionField(input.name)).map((input) => [input.name, input.value]);
}

/**
 * The fields a browser would send for the one form `pick` selects: the
 * action's hidden inputs and every other hidden input (ids, wanted states).
 * Throws when no form, or more than one, matches, or the form is no server action.
 */
export function actionFields(html: string, pick: FormPicker): [string, string][] {
  const form = pickOne(html, pick);
  if (!isServerAction(form)) throw new Error("The form carries no server action ($ACTION_ID_… or $ACTION_REF_… input).");
  return sentFields(form);
}

/** What a browser without JavaScript posts for a form: its hidden fields and the pressed button's, and where to (null: the page itself, as for a server action). */
export type PostedForm = { action: string | null; fields: [string, string][] };

/** The field the button sends: a form's toggle says what it asks for there (`like=true`, `follow=false`). */
function pressedField(form: RenderedForm, press: string | RegExp | undefined): [string, string][] {
  // Without a button named, the form's first, as a browser submits a form on Enter.
  const button = press === undefined ? form.buttons[0] : form.buttons.find((candidate) => isCalled(candidate, press));
  if (press !== undefined && !button) throw new Error(`The form has no button called ${String(press)}.`);
  return button?.name ? [[button.name, button.value]] : [];
}

/**
 * The one form `pick` selects, server action or plain form posting to its own
 * address (a card's like form, app/p/[id]/state), sent with the button called
 * `press` (by default its first): what `formSubmission` sends.
 */
export function postedForm(html: string, pick: FormPicker, press?: string | RegExp): PostedForm {
  const form = pickOne(html, pick);
  const fields = [...sentFields(form), ...pressedField(form, press)];
  if (isServerAction(form)) return { action: null, fields };
  const action = form.attributes.action;
  if (form.attributes.method?.toLowerCase() !== "post" || !action) {
    throw new Error("The form is neither a server action nor a plain POST form with an action address.");
  }
  return { action, fields };
}

/** Picks the form that posts to `path` (its action attribute), e.g. a card's state form. */
export function byAction(path: string): FormPicker {
  return (form) => form.attributes.action === path;
}

export type FormSubmission = { url: string; init: RequestInit };

/**
 * The request a browser without JavaScript sends for the form: a multipart
 * POST to the page URL (a server action) or to the form's action address, with the session cookie and an Origin matching the
 * host (Next refuses server actions from another origin). `fields` are added
 * after the form's own; a field named in both replaces the form's value.
 */
export function formSubmission(
  pageUrl: string,
  formFields: [string, string][] | PostedForm,
  options: { cookie?: string; fields?: Record<string, string | Blob | (string | Blob)[]> } = {},
): FormSubmission {
  const { action, fields: ownFields } = Array.isArray(formFields) ? { action: null, fields: formFields } : formFields;
  const extra = options.fields ?? {};
  const body = new FormData();
  for (const [name, value] of ownFields) if (!(name in extra)) body.append(name, value);
  for (const [name, value] of Object.entries(extra)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  const headers: Record<string, string> = { origin: new URL(pageUrl).origin, accept: "text/html" };
  if (options.cookie) headers.cookie = options.cookie;
  return { url: action ? new URL(action, pageUrl).href : pageUrl, init: { method: "POST", headers, body, redirect: "manual" } };
}

/**
 * Loads `pageUrl` as the holder of `cookie`, picks a form and submits it with
 * `fields`. Returns the response (200 with the re-rendered page, or 303 after
 * a redirect) and the page it was taken from.
 */
export async function submitForm(
  pageUrl: string,
  pick: FormPicker,
  options: { cookie?: string; fields?: Record<string, string | Blob | (string | Blob)[]>; signal?: AbortSignal } = {},
): Promise<{ page: Response; response: Response }> {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const page = await fetch(pageUrl, { headers, signal: options.signal });
  const html = await page.text();
  if (!page.ok) return { page, response: page };
  const { url, init } = formSubmission(pageUrl, postedForm(html, pick), options);
  return { page, response: await fetch(url, { ...init, signal: options.signal }) };
}
