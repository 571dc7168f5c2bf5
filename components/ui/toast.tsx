/**
 * A message at the bottom of the screen, as Mastodon shows what did not happen: in view wherever
 * the page is scrolled to, and read out at once (role="alert"). A non-modal dialog, which its
 * button closes without JavaScript (method="dialog"). Styled in app/styles/forms.css.
 */
export function Toast({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <dialog open aria-label={label} className="refusal-toast">
      <div>
        <p role="alert">{children}</p>
        <form method="dialog">
          <button type="submit">Dismiss</button>
        </form>
      </div>
    </dialog>
  );
}
