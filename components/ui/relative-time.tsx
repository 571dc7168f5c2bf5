const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto", style: "short" });
const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatRelative(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

/** "3 hr. ago", with the exact UTC time on hover and for machines. */
export function RelativeTime({ date, className }: { date: Date; className?: string }) {
  return (
    // The server and the browser may disagree by a minute about "how long ago".
    <time dateTime={date.toISOString()} title={`${absolute.format(date)} UTC`} className={className} suppressHydrationWarning>
      {formatRelative(date)}
    </time>
  );
}
