import { ThemeSwitch } from "@/components/preferences/theme-switch";
import type { Theme } from "@/lib/preferences/schema";

/**
 * The end of every page, with the theme switch. On phones its bottom padding
 * also keeps the end of the page clear of the tab bar (TabBar).
 */
export function SiteFooter({ theme }: { theme: Theme }) {
  return (
    <footer className="mx-auto w-full max-w-2xl border-t border-zinc-200 px-4 pb-[calc(5rem+env(safe-area-inset-bottom))] pt-6 text-sm text-zinc-600 sm:pb-10 dark:border-zinc-800 dark:text-zinc-400">
      <ThemeSwitch theme={theme} />
    </footer>
  );
}
