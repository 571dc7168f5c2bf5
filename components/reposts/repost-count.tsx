/** A post's repost count for visitors, who cannot repost: shown only when there are reposts. */
export function RepostCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    // .arrows draws the arrows before the count (app/styles/reposts.css).
    <span className="pill arrows">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{`${count} ${count === 1 ? "repost" : "reposts"}`}</span>
    </span>
  );
}
