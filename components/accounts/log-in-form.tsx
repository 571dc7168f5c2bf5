"use client";

import { logIn } from "@/lib/accounts/actions";
import { loginUrl } from "@/lib/auth/callback-url";
import { fieldFrom } from "@/lib/actions/result";
import { isCodeStep } from "@/lib/two-factor/schema";
import { fieldBinder } from "@/components/ui/action-form";
import { AnswerMessage } from "@/components/ui/answer-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/unanswered-request";

/**
 * The password, then (for accounts with two-factor login) a code. One form and
 * one action for both steps, so that without JavaScript the re-rendered page
 * shows whichever step the answer asks for.
 */
export function LogInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, dispatch, sending] = useFormAction(logIn, null);
  const field = fieldBinder(state, ["identifier", "password"], sending);
  return (
    // The key re-mounts the inputs with what was typed after a refused submission.
    <form action={dispatch} key={JSON.stringify(state)} className="space-y-4" noValidate>
      <AnswerMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {isCodeStep(state) ? (
        <>
          <input type="hidden" name="pendingLogin" value={state.pendingLogin} />
          <p className="text-sm">
            Logging in as <strong>@{state.username}</strong>.{" "}
            {/* A page loaded afresh: the password step, with no proof of this password kept. */}
            <a href={loginUrl(callbackUrl)} className="font-medium text-sky-700 underline dark:text-sky-400">
              Use another account
            </a>
          </p>
          <TextField
            label="Two-factor code"
            hint={`The 6-digit code your authenticator app shows for @${state.username}, or one of your recovery codes.`}
            autoComplete="one-time-code"
            spellCheck={false}
            autoFocus
            required
            {...fieldFrom(state, "code")}
          />
          <SubmitButton pendingText="Checking…">Verify</SubmitButton>
        </>
      ) : (
        <>
          <TextField label="Username or email" autoComplete="username" required {...field("identifier")} />
          <TextField label="Password" type="password" autoComplete="current-password" required {...field("password")} />
          <SubmitButton pendingText="Logging in…">Log in</SubmitButton>
        </>
      )}
    </form>
  );
}
