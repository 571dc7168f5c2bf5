import { getCurrentUser } from "@/lib/auth/current-user";
import { refusalNoticeText } from "@/lib/actions/refusal-notices";
import type { RefusalNotice } from "@/lib/navigation/refusal-notice";

/**
 * Why a like, repost, bookmark, follow, block or mute sent without JavaScript was refused, on the
 * page it came back to (lib/navigation/refusal-notice.ts). As Mastodon says such things: a toast
 * at the bottom of the screen, in view wherever the page opens (at the card or the person's row
 * the form was for, often far down a feed), and first in the main content for a screen reader. A
 * non-modal dialog, which its button closes without JavaScript (method="dialog"). Styled in
 * app/styles/forms.css.
 */
export async function RefusalToast({ notice }: { notice: RefusalNotice }) {
  const viewer = await getCurrentUser();
  const text = await refusalNoticeText(notice, viewer?.id ?? null);
  return (
    <dialog open aria-label="Not done" className="refusal-toast">
      <div>
        <p role="alert">{text}</p>
        <form method="dialog">
          <button type="submit">Dismiss</button>
        </form>
      </div>
    </dialog>
  );
}
