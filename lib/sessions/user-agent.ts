// "Firefox on Linux": what the sessions page calls a device, read from its
// User-Agent header. Tokens are checked in order because browsers claim each
// other's names (Edge and Opera say "Chrome", Chrome says "Safari").

const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\b(?:OPR|Opera)\//, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\b(?:Firefox|FxiOS)\//, "Firefox"],
  [/\b(?:Chromium)\//, "Chromium"],
  // Headless Chromium says "HeadlessChrome/".
  [/(?:\b|Headless)Chrome\/|\bCriOS\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
  [/\bcurl\//, "curl"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\b(?:iPhone|iPad|iPod)\b/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

function firstMatch(text: string, candidates: [RegExp, string][]): string | null {
  return candidates.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** A person's name for the browser and system of `userAgent`; "Unknown device" when it names neither. */
export function describeUserAgent(userAgent: string): string {
  // Headers are bounded when stored (USER_AGENT_MAX_LENGTH); the cut keeps every pattern's work small anyway.
  const text = userAgent.slice(0, 512);
  const browser = firstMatch(text, BROWSERS);
  const system = firstMatch(text, SYSTEMS);
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "Unknown device";
}
