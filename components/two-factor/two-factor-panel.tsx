"use client";

import { fieldBinder } from "@/components/ui/action-form";
import { AnswerMessage, useAnswerFocus } from "@/components/ui/answer-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { startedSaying } from "@/lib/actions/result";
import type { TwoFactorChange } from "@/lib/routes";
import { type TwoFactorEnabled, confirmTwoFactor, disableTwoFactor, renewRecoveryCodes, startTwoFactorSetup } from "@/lib/two-factor/actions";
import { TWO_FACTOR_ALREADY_ON, TWO_FACTOR_OFF } from "@/lib/two-factor/schema";
import type { TwoFactorSettings } from "@/lib/two-factor/queries";
import { RecoveryCodes } from "./recovery-codes";
import { useFormAction } from "@/components/ui/unanswered-request";

// The day in UTC, as the server and the browser both render it (no mismatch on hydration).
const turnedOnDay = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

const codeInput = { autoComplete: "one-time-code", inputMode: "numeric", spellCheck: false, required: true } as const;

/**
 * The two-factor settings, in whichever state they are. Every form's answer
 * is held here, at one place in the tree, so that without JavaScript the page
 * re-rendered after a form still shows it (the recovery codes above all, which
 * exist nowhere else once the answer is gone).
 */
type TwoFactorPanelProps = {
  settings: TwoFactorSettings;
  username: string;
  qrCode?: React.ReactNode;
  /** What a form sent without JavaScript did, which the page it led to says as the form would have. */
  done?: TwoFactorChange;
};

export function TwoFactorPanel({ settings, username, qrCode, done }: TwoFactorPanelProps) {
  const [started, start] = useFormAction(startTwoFactorSetup, done === "started" ? { ok: true } : null);
  const [confirmed, confirm, confirming] = useFormAction(confirmTwoFactor, startedSaying(done === "on" ? TWO_FACTOR_ALREADY_ON : undefined));
  const [disabled, disable, disabling] = useFormAction(disableTwoFactor, startedSaying(done === "off" ? TWO_FACTOR_OFF : undefined));
  const [renewed, renew, renewing] = useFormAction(renewRecoveryCodes, null);
  const confirmField = fieldBinder(confirmed, ["code", "password"], confirming);
  const renewField = fieldBinder(renewed, ["password"], renewing);
  const disableField = fieldBinder(disabled, ["password", "code"], disabling);
  // Once the set-up starts, the keyboard goes on from its first step rather than the page's top.
  const firstStep = useAnswerFocus<HTMLOListElement>(started, Boolean(started?.ok));

  const withCodes = [confirmed, renewed].find((answer): answer is TwoFactorEnabled => answer !== null && answer.ok && "recoveryCodes" in answer);
  if (withCodes) return <RecoveryCodes codes={withCodes.recoveryCodes} username={username} message={withCodes.message} />;
  if (settings.state === "pending") {
    return (
      <div className="space-y-6">
        <ol {...firstStep} aria-label="Steps to turn on two-factor login" className="list-decimal space-y-2 pl-5 text-sm">
          <li>Scan this QR code with an authenticator app (such as Aegis, Google Authenticator or 1Password).</li>
          <li>Or type the key below into the app by hand: time-based, 6 digits, every 30 seconds.</li>
          <li>Enter the code the app shows, with your password.</li>
        </ol>
        {qrCode}
        <p className="text-sm">
          Key:{" "}
          {/* A box per group of four: a line breaks only between groups, and a copy gives the key without spaces. */}
          <code data-testid="two-factor-secret" className="font-mono text-base">
            {settings.secretText.split(" ").map((group, index) => (
              <span key={index} className="mr-[1ch] inline-block last:mr-0">
                {group}
              </span>
            ))}
          </code>
        </p>
        <form action={confirm} key={JSON.stringify(confirmed)} className="space-y-4" noValidate>
          <AnswerMessage state={confirmed} />
          <TextField label="Code from the app" {...codeInput} {...confirmField("code")} />
          <TextField label="Your password" type="password" autoComplete="current-password" required {...confirmField("password")} />
          <SubmitButton pendingText="Checking…">Turn on two-factor login</SubmitButton>
        </form>
      </div>
    );
  }
  if (settings.state === "on") {
    return (
      <div className="space-y-6">
        {/* A confirmation that found it on already (the set-up's form sent again) says so here, without codes. */}
        <AnswerMessage state={confirmed?.ok ? confirmed : null} />
        <p role="status" className="text-sm">
          Two-factor login is <strong>on</strong> since {turnedOnDay.format(settings.enabledAt)}. You have{" "}
          <strong>{settings.recoveryCodesLeft}</strong> unused recovery {settings.recoveryCodesLeft === 1 ? "code" : "codes"} left.
        </p>
        <form action={renew} key={`renew ${JSON.stringify(renewed)}`} className="space-y-4" noValidate aria-labelledby="renew-codes-title">
          <h2 id="renew-codes-title" className="text-lg font-semibold">
            New recovery codes
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Used some, or lost them? New codes replace all the old ones, which stop working at once.
          </p>
          <AnswerMessage state={renewed} />
          <TextField label="Your password" id="renew-password" type="password" autoComplete="current-password" required {...renewField("password")} />
          <SubmitButton pendingText="Making codes…">Make new recovery codes</SubmitButton>
        </form>
        <form action={disable} key={JSON.stringify(disabled)} className="space-y-4" noValidate aria-label="Turn off two-factor login">
          <h2 className="text-lg font-semibold">Turn off</h2>
          <AnswerMessage state={disabled} />
          <TextField label="Your password" type="password" autoComplete="current-password" required {...disableField("password")} />
          <TextField label="Code from the app, or a recovery code" {...codeInput} inputMode="text" {...disableField("code")} />
          <SubmitButton variant="danger" pendingText="Turning off…">
            Turn off two-factor login
          </SubmitButton>
        </form>
      </div>
    );
  }
  return (
    <form action={start} className="space-y-4">
      <AnswerMessage state={disabled?.ok ? disabled : started} />
      <p className="text-sm">
        With two-factor login, logging in asks for a code from an app on your phone after your password, so a stolen
        password alone does not open your account.
      </p>
      <SubmitButton pendingText="Starting…">Set up two-factor login</SubmitButton>
    </form>
  );
}
