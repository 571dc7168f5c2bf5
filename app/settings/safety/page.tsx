import type { Metadata } from "next";
import Link from "next/link";
import { PersonSummary } from "@/components/profiles/person-summary";
import { AccountToggle } from "@/components/safety/account-toggle";
import { MutedWordForm } from "@/components/safety/muted-word-form";
import { RemoveMutedWordButton } from "@/components/safety/remove-muted-word-button";
import { SettingsSection } from "@/components/settings/settings-section";
import { Avatar } from "@/components/ui/avatar";
import { RowRemovalFocus } from "@/components/ui/row-removal-focus";
import { NextPageLink } from "@/components/ui/next-page-link";
import { requireUser } from "@/lib/auth/current-user";
import { type AccountPage, listBlockedAccounts, listMutedAccounts, listMutedWords } from "@/lib/safety/queries";
import { SAFETY_SETTINGS_PATH, safetySettingsHref } from "@/lib/routes";
import { mutedWordMessage } from "@/lib/safety/schema";
import { FullTimestamp } from "@/components/ui/full-timestamp";

export const metadata: Metadata = { title: "Blocked and muted" };

function param(value: string | string[] | undefined): string | null {
  return typeof value === "string" ? value : null;
}

function AccountList({ page, kind, list, empty }: { page: AccountPage; kind: "block" | "mute"; list: "blocked" | "muted"; empty: string }) {
  return (
    <RowRemovalFocus>
      {page.items.length === 0 ? <p className="text-zinc-600 dark:text-zinc-400">{empty}</p> : <AccountRows page={page} kind={kind} list={list} />}
    </RowRemovalFocus>
  );
}

function AccountRows({ page, kind, list }: { page: AccountPage; kind: "block" | "mute"; list: "blocked" | "muted" }) {
  return (
    <>
      <ul id={list}>
        {page.items.map((account) => (
          <li key={account.id} className="flex items-start gap-3 border-b border-zinc-200 py-3 dark:border-zinc-800">
            <Avatar user={account} size={40} />
            <PersonSummary person={{ ...account, bio: null }} />
            <AccountToggle kind={kind} userId={account.id} username={account.username} active />
          </li>
        ))}
      </ul>
      {page.nextCursor && <NextPageLink href={safetySettingsHref(list, page.nextCursor)}>More</NextPageLink>}
    </>
  );
}

export default async function SafetySettingsPage({ searchParams }: PageProps<"/settings/safety">) {
  const [{ id }, query] = await Promise.all([requireUser(SAFETY_SETTINGS_PATH), searchParams]);
  const [blocked, muted, words] = await Promise.all([
    listBlockedAccounts(id, param(query.blocked)),
    listMutedAccounts(id, param(query.muted)),
    listMutedWords(id),
  ]);
  // Where the form sent without JavaScript leads once it has muted a word: it says so, as in place. Only a word listed.
  const addedWord = words.find((word) => word.id === query["muted-word"]);
  return (
    <>
      <Link href="/settings" className="text-sm font-medium text-sky-700 underline dark:text-sky-400">
        Settings
      </Link>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Blocked and muted</h1>
      <SettingsSection
        title="Blocked accounts"
        description="They cannot see your profile, posts or comments, nor follow, reply to, mention or repost you, and you no longer see them. Blocking ended your follows, likes and reposts of each other; unblocking does not bring them back."
      >
        <AccountList page={blocked} kind="block" list="blocked" empty="You have not blocked anyone." />
      </SettingsSection>
      <SettingsSection title="Muted accounts" description="Their posts, reposts, comments and notifications leave your pages. They are not told.">
        <AccountList page={muted} kind="mute" list="muted" empty="You have not muted anyone." />
      </SettingsSection>
      <SettingsSection title="Muted words" description="Whole words or phrases, in any case.">
        <MutedWordForm said={addedWord && mutedWordMessage(addedWord.phrase)} />
        <RowRemovalFocus>
          {words.length === 0 ? (
            <p className="mt-4 text-zinc-600 dark:text-zinc-400">You have not muted any words.</p>
          ) : (
            <ul className="mt-4" aria-label="Your muted words">
              {words.map((word) => (
                <li key={word.id} className="flex items-center justify-between gap-3 border-b border-zinc-200 py-2 dark:border-zinc-800">
                  <span>
                    <span className="font-medium">“{word.phrase}”</span>{" "}
                    <span className="text-sm text-zinc-600 dark:text-zinc-400">
                      {word.expiresAt ? (
                        <>
                          until <FullTimestamp date={word.expiresAt} />
                        </>
                      ) : (
                        "until you remove it"
                      )}
                    </span>
                  </span>
                  <RemoveMutedWordButton id={word.id} phrase={word.phrase} />
                </li>
              ))}
            </ul>
          )}
        </RowRemovalFocus>
      </SettingsSection>
    </>
  );
}
