/**
 * A message at the bottom of the screen, as Mastodon shows what did or did not happen: in view
 * wherever the page is scrolled to; a refusal is read out at once (role="alert"), a success
 * politely (role="status"). A non-modal dialog, which its button closes without JavaScript
 * (method="dialog"). Styled in app/styles/forms.css.
 */
export function Toast({ label, role = "alert", children }: { label: string; role?: "alert" | "status"; children: React.ReactNode }) {
  return (
    <dialog open aria-label={label} className="notice-toast">
      <div>
        <p role={role}>{children}</p>
        <form method="dialog">
          <button type="submit">Dismiss</button>
        </form>
      </div>
    </dialog>
  );
}
