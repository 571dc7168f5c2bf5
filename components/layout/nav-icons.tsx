type NavIconName = "home" | "explore" | "search" | "compose" | "settings" | "bookmarks" | "bell" | "moderation";

/**
 * An outline icon of the navigation, drawn by CSS (.icon in app/styles/navigation.css)
 * so that the markup repeated on every page stays one element; each sits beside a text label.
 */
export function NavIcon({ name }: { name: NavIconName }) {
  return <span className={`icon icon-${name}`} aria-hidden="true" />;
}
