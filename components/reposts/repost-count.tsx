/** A post's repost count for visitors, who cannot repost: shown only when there are reposts. */
export function RepostCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="pill">
      <span className="arrows" aria-hidden="true" />
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{`${count} ${count === 1 ? "repost" : "reposts"}`}</span>
    </span>
  );
}
