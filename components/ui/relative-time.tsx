// Times as social feeds show them: "now", "5 min", "3 h", "2 d", then the date
// ("Nov 3", or "Nov 3, 2025" in another year). The server renders them in UTC,
// so the server's and the browser's renders match; on hover, the title gives
// the full date and time in the reader's own time zone (components/ui/local-times.tsx sets it on every time).

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const dayOfThisYear = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const dayOfAnotherYear = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const fullInUtc = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** How long ago `date` was, up to a week; from then on, its date. A time in the future (a skewed clock) is "now". */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const seconds = Math.floor((now.getTime() - date.getTime()) / 1000);
  if (seconds < MINUTE) return "now";
  if (seconds < HOUR) return `${Math.floor(seconds / MINUTE)} min`;
  if (seconds < DAY) return `${Math.floor(seconds / HOUR)} h`;
  if (seconds < WEEK) return `${Math.floor(seconds / DAY)} d`;
  return (date.getUTCFullYear() === now.getUTCFullYear() ? dayOfThisYear : dayOfAnotherYear).format(date);
}

/** "Dec 1, 2026, 3:04 PM" in `timeZone`; without one, in the time zone of whoever runs it (the reader's, in a browser). */
export function formatFullDate(date: Date, timeZone?: string): string {
  return timeZone === "UTC" ? fullInUtc.format(date) : new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** "3:04 PM · Dec 1, 2026", a post's own timestamp, in `timeZone` (as `formatFullDate`). */
export function formatTimestamp(date: Date, timeZone?: string): string {
  const time = new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit", timeZone }).format(date);
  const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone }).format(date);
  return `${time} · ${day}`;
}

type TimeProps = { date: Date; className?: string };

/**
 * "3 h", with the full date and time on hover. `titlePrefix` starts the title
 * ("Edited "), and `children` replace the relative time as the text.
 */
export function RelativeTime({ date, className, titlePrefix = "", children }: TimeProps & { titlePrefix?: string; children?: string }) {
  return (
    // The server and the browser may disagree by a minute about "how long ago".
    <time
      dateTime={date.toISOString()}
      data-local-title={titlePrefix || undefined}
      className={className}
      suppressHydrationWarning
    >
      {children ?? formatRelative(date)}
    </time>
  );
}
