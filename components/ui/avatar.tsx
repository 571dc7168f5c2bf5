import { hueOf, initialsOf } from "@/lib/profiles/initials";
import { fileUrl } from "@/lib/uploads/urls";

type AvatarProps = {
  user: { username: string; displayName: string; avatarKey: string | null };
  size?: number;
  /**
   * What the picture stands for, where it is a link's only content (the header's "Your profile"):
   * the link is then named by its picture, initials included, rather than by an aria-label that
   * the visible initials would contradict. Elsewhere a picture repeats a name written beside it.
   */
  label?: string;
};

/** The sizes with a class in globals.css; 40 is .initials' own. */
const SIZE_CLASSES: Partial<Record<number, string>> = { 24: "initials-24", 32: "initials-32", 40: "", 48: "initials-48", 96: "initials-96" };

/**
 * A round avatar of fixed size (no layout shift); initials on a colour when there is no picture.
 * A picture whose file is lost is answered with the same initials (lib/uploads/avatar-stand-in.ts).
 */
export function Avatar({ user, size = 40, label }: AvatarProps) {
  if (user.avatarKey) {
    return (
      // Served already resized and as WebP; next/image would only re-encode it.
      // Its size is the width attribute's, kept square by .avatar (globals.css).
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={fileUrl(user.avatarKey)}
        alt={label ?? ""}
        width={size}
        height={size}
        className="avatar"
      />
    );
  }
  // .initials is 40 pixels wide, a card's size, and .initials-<size> the other sizes in use (globals.css);
  // any other size is set by a style (and only then has one: a server-rendered avatar's props are sent as they are).
  const sizeClass = SIZE_CLASSES[size];
  const styled = sizeClass === undefined ? { style: { width: size, height: size, fontSize: size * 0.4 } } : {};
  return (
    <span {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })} {...styled} className={`initials hue-${hueOf(user.username)}${sizeClass ? ` ${sizeClass}` : ""}`}>
      {initialsOf(user.displayName)}
    </span>
  );
}
