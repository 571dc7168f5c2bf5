import { ThemeSwitch } from "@/components/preferences/theme-switch";
import type { Theme } from "@/lib/preferences/schema";

/**
 * The end of every page, with the theme switch. On phones its bottom padding
 * also keeps the end of the page clear of the tab bar (TabBar).
 */
export function SiteFooter({ theme }: { theme: Theme }) {
  return (
    <footer className="site-footer">
      <ThemeSwitch theme={theme} />
    </footer>
  );
}
