"use client";

import { type FormEvent, type ReactNode, startTransition, useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/actions/result";
import { createPost } from "@/lib/posts/actions";
import type { QuotedPost } from "@/lib/posts/quotes";
import { MAX_POST_LENGTH } from "@/lib/validation/limits";
import { CharacterCounter } from "@/components/ui/character-count";
import { focusFirstLeft } from "@/components/ui/focus-first-left";
import { textDirection } from "@/components/ui/text-direction";
import { forgetDraft, useCountedText } from "@/components/ui/use-counted-text";
import { useReadOnlyWhileSent } from "@/components/ui/use-read-only-while-sent";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ComposeImages } from "./compose-images";
import { ContentWarningField } from "./content-warning-field";
import { QuotedPostCard } from "./quoted-post-card";
import { SendHint } from "@/components/ui/send-hint";
import { sendOnControlEnter } from "@/components/ui/send-on-control-enter";
import { useFormAction } from "@/components/ui/unanswered-request";
import { HOME_PATH } from "@/lib/routes";
import { QUOTE_GONE } from "@/lib/posts/schema";

/**
 * The compose box: text with a live character count, and up to four images
 * with descriptions; with `quote`, the post it quotes, shown under the text
 * and sent as a hidden field. With `redirectTo` "home" (the composer's own
 * page), posting leads to the home feed instead of starting the box over.
 * With `autoFocus` (that page too, where Quote and the tab bar's + lead), the
 * text box has the focus from the start, as a composer does on Mastodon or X.
 */
export function ComposeForm({ quote, redirectTo, autoFocus = false }: { quote?: QuotedPost; redirectTo?: "home"; autoFocus?: boolean } = {}) {
  // Without JavaScript, the home page's box answers a refusal at the plain home address: its own may
  // still carry the notice of the last post (?post=posted), which would be said again above the refusal.
  const [state, action] = useFormAction(createPost, null, redirectTo ? undefined : HOME_PATH);
  const draftKey = quote ? `post:quote:${quote.id}` : "post";
  // Fresh fields after each post; after a refusal the same fields, with all that was typed and chosen.
  const [answered, setAnswered] = useState(state);
  const [posts, setPosts] = useState(0);
  // The quoted post was deleted while this was written: the quote goes, and the next Post sends the text alone.
  const [quoteGone, setQuoteGone] = useState(refusedForQuote(state));
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) setPosts(posts + 1);
    if (refusedForQuote(state)) setQuoteGone(true);
  }
  const quoting = quoteGone ? undefined : quote;
  // The fresh fields replace the focused text box (or the Post button, disabled while posting):
  // the keyboard goes on in the emptied box, as on Mastodon, rather than from the top of the page.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (posts > 0) focusFirstLeft([form.current?.querySelector("textarea")]);
  }, [posts]);
  // A refusal keeps the fields (and the images chosen): the Post button, disabled while sending, lost
  // the focus, which goes to the first refused field, so its error is read, rather than to the page.
  // A refusal of no field (the quote's) or of the images has its message take it.
  useEffect(() => {
    if (!state || state.ok) return;
    const said = ["[aria-invalid=true]", "[role=alert]", "#compose-images-error:not(:empty)"].map((selector) => form.current?.querySelector<HTMLElement>(selector));
    focusFirstLeft(said);
  }, [state]);

  // With JavaScript the form is sent from here: React's own form action would
  // empty every field once it answered, refusals included, and chosen images
  // cannot be put back. Without JavaScript the browser posts `action` itself.
  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    // From the composer's page the answer is the home feed, whose box must not find this text as a draft.
    forgetDraft(draftKey);
    startTransition(() => action(formData));
  }

  return (
    <form
      ref={form}
      action={action}
      onSubmit={send}
      onKeyDown={sendOnControlEnter}
      className="space-y-3 border-b border-zinc-200 pb-4 dark:border-zinc-800"
      noValidate
    >
      <FormMessage state={state} />
      {quoting && <input type="hidden" name="quotedPostId" value={quoting.id} />}
      {redirectTo && <input type="hidden" name="redirectTo" value={redirectTo} />}
      <ComposeFields key={posts} state={state} autoFocus={autoFocus} draftKey={draftKey} quoted={quoting && <QuotedPostCard quote={{ available: true, post: quoting }} />} />
    </form>
  );
}

function refusedForQuote(state: FormState): boolean {
  return state?.ok === false && state.message === QUOTE_GONE;
}

/** The fields of the compose box as they start after `state`; rendered on their own by the oversized-input test. */
export function ComposeFields({ state, quoted, autoFocus, draftKey }: { state: FormState; quoted?: ReactNode; autoFocus?: boolean; draftKey?: string }) {
  const { text, setText, count, errors: textErrors } = useCountedText(state, MAX_POST_LENGTH, "", draftKey);
  const readOnly = useReadOnlyWhileSent();

  return (
    <>
      <label htmlFor="compose-text" className="sr-only">
        What’s happening?
      </label>
      <textarea
        id="compose-text"
        name="text"
        rows={3}
        value={text}
        dir={textDirection(text)}
        onChange={(event) => setText(event.target.value)}
        readOnly={readOnly}
        placeholder="What’s happening?"
        // Without JavaScript a refused post comes back as a new page: its refused text takes the focus there.
        autoFocus={autoFocus || Boolean(textErrors)}
        aria-describedby="compose-count compose-text-error compose-send-hint"
        aria-invalid={textErrors ? true : undefined}
      />
      {/* Styled by their ids (app/styles/compose.css). */}
      <p id="compose-text-error">
        {textErrors?.join(" ")}
      </p>
      <ContentWarningField state={state} />
      {quoted}
      <ComposeImages state={state}>
        <div className="ml-auto flex items-center gap-3">
          <CharacterCounter id="compose-count" count={count} />
          <SendHint id="compose-send-hint">Control or Command and Enter sends the post.</SendHint>
          <SubmitButton pendingText="Posting…" disabled={count.over}>
            Post
          </SubmitButton>
        </div>
      </ComposeImages>
    </>
  );
}
