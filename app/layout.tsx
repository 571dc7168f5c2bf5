import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NavigationProgress } from "@/components/layout/navigation-progress";
import { DoneToast, RefusalToast } from "@/components/layout/notice-toasts";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { VerifyEmailBanner } from "@/components/accounts/verify-email-banner";
import { UnavailableMessage, retryStyle } from "@/components/layout/unavailable-message";
import { ANNOUNCEMENTS_ID } from "@/components/ui/announce";
import { LocalTimes } from "@/components/ui/local-times";
import { databaseReachable } from "@/lib/db-circuit";
import { DONE_NOTICE_HEADER, REFUSAL_NOTICE_HEADER, doneNoticeNamed, refusalNoticeNamed } from "@/lib/navigation/page-notice";
import { currentTheme } from "@/lib/preferences/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Commons", template: "%s · Commons" },
  description: "A small, friendly social network: post, follow, like and talk.",
};

/** The page background of each theme (globals.css), which phones paint their browser's bars with. */
const THEME_COLORS = { light: "#ffffff", dark: "#09090b" } as const;

export async function generateViewport(): Promise<Viewport> {
  // The same theme the page is rendered in: the person's choice, else the device's (both colours, by media query).
  const theme = await currentTheme(await databaseReachable());
  return {
    themeColor:
      theme === "system"
        ? [
            { media: "(prefers-color-scheme: light)", color: THEME_COLORS.light },
            { media: "(prefers-color-scheme: dark)", color: THEME_COLORS.dark },
          ]
        : THEME_COLORS[theme],
    // Lets the page run under a phone's rounded corners and home indicator; the
    // header and the tab bar pad themselves with the safe-area insets.
    viewportFit: "cover",
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // While the database is known to be down, every page says so from the server (see lib/db-circuit.ts).
  const online = await databaseReachable();
  // Rendered on the server, so the first paint is already in the reader's theme.
  const theme = await currentTheme(online);
  // Why a form sent without JavaScript was refused, or what it did, on the page it came back to (proxy.ts).
  const request = await headers();
  const refusal = refusalNoticeNamed(request.get(REFUSAL_NOTICE_HEADER));
  const done = doneNoticeNamed(request.get(DONE_NOTICE_HEADER));
  return (
    <html lang="en" className={theme === "system" ? undefined : theme}>
      <body className="min-h-dvh font-sans">
        <NavigationProgress />
        <LocalTimes />
        {/* Outcomes that show only as something gone are said here (components/ui/announce.ts). */}
        <div id={ANNOUNCEMENTS_ID} aria-live="polite" aria-atomic="true" className="sr-only" />
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader online={online} />
        <main id="main" className="mx-auto w-full max-w-2xl px-4 pb-16 pt-6">
          {online ? (
            <>
              {refusal && <RefusalToast notice={refusal} />}
              {done && <DoneToast notice={done} />}
              <VerifyEmailBanner />
              {children}
            </>
          ) : (
            <UnavailableMessage>
              {/* An empty href is this very page: a plain link reloads it without JavaScript. */}
              <a href="" className={retryStyle}>
                Try again
              </a>
            </UnavailableMessage>
          )}
        </main>
        <SiteFooter theme={theme} />
      </body>
    </html>
  );
}
