import { LinkedText } from "@/components/ui/linked-text";

/** A post's or comment's text: line breaks kept, addresses as links (see LinkedText). */
export function PostText({ text }: { text: string }) {
  // A post of images alone has no text, and no empty paragraph to space it out.
  if (text === "") return null;
  return (
    <p className="user-text">
      <LinkedText text={text} />
    </p>
  );
}
