/** What a click's modifiers and button say: only a plain left click may become a client-side navigation. */
type ClickKeys = { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean };

/**
 * Whether a click on `link` opens it here, in this tab, as the browser would: a left click
 * without Ctrl, Cmd, Shift or Alt, on a link that is not a download and has no other target.
 * Any other click is the browser's own (a new tab, a new window, a saved file).
 */
export function opensInThisTab(click: ClickKeys, link: HTMLAnchorElement): boolean {
  if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return false;
  return !link.hasAttribute("download") && (!link.target || link.target === "_self");
}
