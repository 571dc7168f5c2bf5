import { LinkedText } from "@/components/ui/linked-text";

/**
 * A post's or comment's text: line breaks kept, addresses, tags and the
 * `mentioned` accounts as links (see LinkedText).
 */
export function PostText({ text, mentioned }: { text: string; mentioned?: readonly string[] }) {
  // A post of images alone has no text, and no empty paragraph to space it out.
  if (text === "") return null;
  return (
    <p className="user-text">
      <LinkedText text={text} mentioned={mentioned} />
    </p>
  );
}
