import { LinkedText } from "@/components/ui/linked-text";

/** A post's or comment's text: line breaks kept, addresses as links (see LinkedText). */
export function PostText({ text }: { text: string }) {
  return (
    <p className="user-text">
      <LinkedText text={text} />
    </p>
  );
}
