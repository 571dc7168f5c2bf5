/**
 * A post's text and images folded behind its content warning: a `<details>`
 * element, so it opens without JavaScript (styled by .cw in
 * app/styles/moderation.css). A post without a warning shows them as they are.
 */
export function ContentWarning({ warning, children }: { warning: string; children: React.ReactNode }) {
  if (warning === "") return children;
  return (
    <details className="cw">
      <summary>
        {/* "Show" or "Hide" follows, from the stylesheet; only it is underlined, so the "·" is text here,
            kept on the line of the warning's last word and of "Show". */}
        <span>Content warning:</span> {warning}
        {"\u00a0·\u00a0"}
      </summary>
      {children}
    </details>
  );
}
