"use client";

import { Fragment, type ReactNode, useState } from "react";

export type Row = { key: string; row: ReactNode };

/**
 * `rows` with every row shown before that the server has since left out kept where it was: after
 * the row that came before it, else first. Rows the server sends come in its order.
 */
export function keepingLeftRows(shown: Row[], rows: Row[]): Row[] {
  const merged = [...rows];
  const present = new Set(rows.map(({ key }) => key));
  shown.forEach((row, index) => {
    if (present.has(row.key)) return;
    const before = shown.slice(0, index).findLast(({ key }) => present.has(key));
    merged.splice(before ? merged.findIndex(({ key }) => key === before.key) + 1 : 0, 0, row);
    present.add(row.key);
  });
  return merged;
}

/**
 * The reader's own Following list. An account they unfollow there stays in its place, its button
 * saying Follow again (FollowButton keeps its answer), until the page is loaded afresh, as on X
 * and Mastodon: an Unfollow pressed by mistake costs one press to undo, not a search. The server's
 * list no longer has the row, so this keeps it. Give it a key of the list's page, so that the next
 * page starts afresh.
 */
export function KeptRows({ rows, label, empty }: { rows: Row[]; label: string; empty: ReactNode }) {
  const [shown, setShown] = useState(rows);
  const [answered, setAnswered] = useState(rows);
  if (rows !== answered) {
    setAnswered(rows);
    setShown(keepingLeftRows(shown, rows));
  }
  if (shown.length === 0) return empty;
  return (
    <ul aria-label={label}>
      {shown.map(({ key, row }) => (
        <Fragment key={key}>{row}</Fragment>
      ))}
    </ul>
  );
}
