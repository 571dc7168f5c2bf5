import { fileUrl } from "@/lib/uploads/urls";

type AvatarProps = {
  user: { username: string; displayName: string; avatarKey: string | null };
  size?: number;
};

// Deep shades: white initials on them meet WCAG AA contrast (4.5:1).
const PALETTE = ["#0369a1", "#6d28d9", "#be123c", "#92400e", "#065f46", "#4338ca", "#be185d", "#115e59"];

function colorFor(username: string): string {
  let hash = 0;
  for (const char of username) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0]!;
}

function initials(displayName: string): string {
  const letters = displayName
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? "");
  return letters.join("").toUpperCase() || "?";
}

/** A round avatar of fixed size (no layout shift); initials on a colour when there is no picture. */
export function Avatar({ user, size = 40 }: AvatarProps) {
  if (user.avatarKey) {
    return (
      // Served already resized and as WebP; next/image would only re-encode it.
      // Its size is the width attribute's, kept square by .avatar (globals.css).
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={fileUrl(user.avatarKey)}
        alt=""
        width={size}
        height={size}
        className="avatar"
      />
    );
  }
  // .initials is 40 pixels wide, a card's size (globals.css): a card's avatar only names its colour.
  const sized = size === 40 ? {} : { width: size, height: size, fontSize: size * 0.4 };
  return (
    <span aria-hidden="true" style={{ ...sized, backgroundColor: colorFor(user.username) }} className="initials">
      {initials(user.displayName)}
    </span>
  );
}
