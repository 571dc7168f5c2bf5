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

/**
 * A format whose formatters for UTC (the server's) and for the runtime's own zone (the reader's,
 * in a browser) are built once. Building a DateTimeFormat costs a hundred times more than formatting
 * with one (0.1–0.25 ms against 2 µs): the post page's timestamp built two on every render, and the
 * page took 8 % more CPU for it (BENCHMARKS.md, session 28). Any other zone gets a formatter of its own.
 */
function zonedFormat(options: Intl.DateTimeFormatOptions) {
  let utc: Intl.DateTimeFormat | undefined;
  let own: Intl.DateTimeFormat | undefined;
  return (timeZone?: string): Intl.DateTimeFormat => {
    if (timeZone === "UTC") return (utc ??= new Intl.DateTimeFormat("en", { ...options, timeZone }));
    if (timeZone === undefined) return (own ??= new Intl.DateTimeFormat("en", options));
    return new Intl.DateTimeFormat("en", { ...options, timeZone });
  };
}

const fullDate = zonedFormat({ dateStyle: "medium", timeStyle: "short" });
const clockTime = zonedFormat({ hour: "numeric", minute: "2-digit" });
const mediumDay = zonedFormat({ dateStyle: "medium" });

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
  return fullDate(timeZone).format(date);
}

/** "3:04 PM · Dec 1, 2026", a post's own timestamp, in `timeZone` (as `formatFullDate`). */
export function formatTimestamp(date: Date, timeZone?: string): string {
  return `${clockTime(timeZone).format(date)} · ${mediumDay(timeZone).format(date)}`;
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
