import Link from "next/link";
import { AnswerMessage } from "@/components/ui/answer-message";
import { recoveryCodesFile } from "@/lib/two-factor/recovery-code-format";

/**
 * The recovery codes, this once: listed, and as a text file to download. The
 * file is a data: link, so the download needs neither JavaScript nor another
 * request that would have to carry the codes again.
 */
export function RecoveryCodes({ codes, username, message }: { codes: string[]; username: string; message: string }) {
  const file = `data:text/plain;charset=utf-8,${encodeURIComponent(recoveryCodesFile(codes, username))}`;
  return (
    <section aria-labelledby="recovery-codes-title" className="space-y-4">
      <AnswerMessage state={{ ok: true, message }} />
      <h2 id="recovery-codes-title" className="text-lg font-semibold">
        Your recovery codes
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        If you lose your phone, each code logs you in once in place of a code from the app. Save them now, somewhere apart
        from your phone: they are not shown again.
      </p>
      <ol aria-label="Recovery codes" className="grid grid-cols-2 gap-2 font-mono text-base">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-4 text-sm">
        <a href={file} download="commons-recovery-codes.txt" className="font-medium text-sky-700 underline dark:text-sky-400">
          Download the codes (.txt)
        </a>
        <Link href="/settings" className="font-medium text-sky-700 underline dark:text-sky-400">
          I saved them: back to settings
        </Link>
      </div>
    </section>
  );
}
