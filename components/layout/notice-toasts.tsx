import { Toast } from "@/components/ui/toast";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DONE_SAID, refusalNoticeText } from "@/lib/actions/page-notices";
import type { DoneNotice, RefusalNotice } from "@/lib/navigation/page-notice";

/**
 * Why a like, repost, bookmark, follow, block or mute sent without JavaScript was refused, on the
 * page it came back to (lib/navigation/page-notice.ts): a toast, in view wherever the page
 * opens (at the card or the person's row the form was for, often far down a feed), and first in
 * the main content for a screen reader.
 */
export async function RefusalToast({ notice }: { notice: RefusalNotice }) {
  const viewer = await getCurrentUser();
  return <Toast label="Not done">{await refusalNoticeText(notice, viewer?.id ?? null)}</Toast>;
}

/**
 * What an unblock, a mute or a dismissal sent without JavaScript did, on the page it came back to:
 * there the account's row or the report is simply gone, or the button reads the other way.
 */
export function DoneToast({ notice }: { notice: DoneNotice }) {
  return (
    <Toast label="Done" role="status">
      {DONE_SAID[notice]}
    </Toast>
  );
}
