import fc from "fast-check";

// Arbitraries (fast-check generators) for what a careless or hostile client can
// send to a server action or route handler. Forms are generated as plain
// objects, so a failing case prints readably, and turned into FormData by
// `toFormData` at the last moment.

/** Pieces of text that have broken web applications before. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  // Characters PostgreSQL or a terminal treat specially.
  "\u0000", "a\u0000b", "\u0001\u0008\u001B[31m\u007F", "\r\n", "\t", "\u0085", "\u2028\u2029",
  // Direction overrides and isolates, zero-width characters, a byte order mark.
  "\u202Eevil\u202C", "\u202D\u2066isolated\u2069", "\u200B", "\u200C\u200D", "\uFEFF", "\u2060", "\u00AD",
  // Emoji ZWJ sequences, modifiers, flags, a combining accent, right-to-left scripts.
  "👩‍👩‍👧‍👦", "🏳️‍🌈", "👨🏽‍💻", "🇺🇦", "e\u0301", "Z̴̡̛a̸l̷g̶o", "שלום", "مرحبا",
  // Lone surrogates: invalid UTF-16, which a FormData turns into U+FFFD.
  "\uD800", "\uDFFF", "x\uDBFFy",
  // Markup and script.
  "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "\"'><svg onload=alert(1)>", "</p><script>",
  "javascript:alert(1)", "https://example.test/<script>", "&lt;b&gt;", "{{7*7}}${7*7}",
  // SQL and LIKE metacharacters.
  "'; DROP TABLE users;--", "' OR '1'='1", "\\", "%_", "$1", "E'\\x00'",
  // Shapes of other fields: ids, booleans, paths.
  "true", "false", "home", "../../etc/passwd", "cmabcdefghijklmnopqrstuvw", "",
];

export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const fragment = fc.constantFrom(...HOSTILE_FRAGMENTS);

/** Short text mixing hostile fragments, arbitrary code points, graphemes and lone surrogates. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: fragment, weight: 4 },
      { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 2 },
      { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 2 },
      { arbitrary: loneSurrogate, weight: 1 },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

/** 10,000 to 100,000 characters of one hostile fragment, repeated. */
export const hugeText: fc.Arbitrary<string> = fc
  .record({ piece: fc.constantFrom(...HOSTILE_FRAGMENTS.filter((text) => text !== "")), length: fc.integer({ min: 10_000, max: 100_000 }) })
  .map(({ piece, length }) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

/**
 * Text past a field's limit (in code units): one unit over up to 200,000, of a
 * repeated hostile fragment, so emoji and surrogate pairs get cut anywhere.
 */
export function overLimitText(limit: number): fc.Arbitrary<string> {
  return fc
    .record({
      piece: fc.constantFrom("x", ...HOSTILE_FRAGMENTS.filter((text) => text !== "")),
      length: fc.oneof(fc.integer({ min: limit + 1, max: limit + 16 }), fc.integer({ min: limit + 1, max: 200_000 })),
    })
    .map(({ piece, length }) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
}

/** Any hostile string, now and then a huge one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileText, weight: 9 },
  { arbitrary: hugeText, weight: 1 },
);

/**
 * What a client may send as its own X-Forwarded-For: addresses it does not
 * own, lists, ports, brackets, junk. Only what HTTP lets through a header:
 * Latin-1 text without control characters, at most 8 KB.
 */
export const hostileForwardedFor: fc.Arbitrary<string> = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc
    .array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom("unknown", "127.0.0.1", "::1", "[::1]:443", "10.0.0.1:8080", "", " ")), {
      minLength: 1,
      maxLength: 8,
    })
    .map((entries) => entries.join(",")),
  hostileString.map((text) => text.replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, "").slice(0, 8_000)),
);

/** A File that is not an image: text, markup or random bytes under any name and type. */
export const hostileFile: fc.Arbitrary<File> = fc
  .record({
    content: fc.oneof(hostileText, fc.uint8Array({ maxLength: 64 })),
    name: hostileText,
    type: fc.constantFrom("", "text/plain", "text/html", "image/png", "image/jpeg", "image/svg+xml", "application/octet-stream"),
  })
  .map(({ content, name, type }) => new File([typeof content === "string" ? content : new Uint8Array(content)], name, { type }));

/** What one form field holds: nothing, one value, several values, or a file where text was expected. */
export type FieldValue = undefined | string | File | (string | File)[];

export type FormFields = Record<string, FieldValue>;

/** A field that usually holds a value from `text`, and otherwise is missing, repeated or a file. */
export function hostileField(text: fc.Arbitrary<string> = hostileString): fc.Arbitrary<FieldValue> {
  return fc.oneof(
    { arbitrary: text, weight: 6 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: fc.array(text, { minLength: 2, maxLength: 3 }), weight: 1 },
    { arbitrary: hostileFile, weight: 1 },
  );
}

/** A multipart body far larger than any form: many fields, or one field of megabytes. */
const hugeExtras: fc.Arbitrary<FormFields> = fc.oneof(
  fc.constant(Object.fromEntries(Array.from({ length: 2_000 }, (_, index) => [`extra${index}`, "x".repeat(100)]))),
  fc.constant({ extra: new File([new Uint8Array(6 * 1024 * 1024)], "zeros.bin") }),
  fc.constant({ extra: "<".repeat(2 * 1024 * 1024) }),
);

/** Fields nobody asked for, now and then a huge load of them. */
const extraFields: fc.Arbitrary<FormFields> = fc.oneof(
  { arbitrary: fc.dictionary(fc.constantFrom("__proto__", "constructor", "id", "role", "authorId", "$ACTION_ID_x", "x"), hostileField(hostileText), { maxKeys: 3 }), weight: 9 },
  { arbitrary: hugeExtras, weight: 1 },
);

/**
 * A hostile form for an action that reads `fields`: each field holds a value
 * from its arbitrary (pass near-valid values to reach past validation) or is
 * missing, repeated or a file; extra fields come along.
 */
export function hostileForm(fields: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<FormFields> {
  const known = fc.record(Object.fromEntries(Object.entries(fields).map(([name, text]) => [name, hostileField(text)])));
  return fc.tuple(extraFields, known).map(([extras, values]) => ({ ...extras, ...values }));
}

/** A field's usual values, or text past its limit: what every echoed field is fed. */
export function orOverLimit(values: fc.Arbitrary<string>, limit: number): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: values, weight: 3 }, { arbitrary: overLimitText(limit), weight: 1 });
}

/** Either a valid value or a hostile string, so a form gets past some checks and not others. */
export function validOrHostile(...valid: string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 1 }, { arbitrary: hostileString, weight: 1 });
}

export function toFormData(fields: FormFields): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

/** A field's text as the action reads it: the first value, if it is text (FormData has already made it valid UTF-16). */
export function submittedText(data: FormData, field: string): string {
  const value = data.get(field);
  return typeof value === "string" ? value : "";
}

/** Run counts: enough to meet every kind of input, small enough for two shared cores. */
export const runs = { few: 15, some: 30, many: 60 } as const;

/** Pieces of paths that have turned "after login, go to X" into a redirect to another site. */
const REDIRECT_FRAGMENTS: readonly string[] = [
  "/", "//", "\\", "/\\", "\\\\", ".", "..", "/.", "/..", "/./", "/../", "%2e", "%2E", "%2e%2e", ".%2e", "%2f", "%2F", "%5c", "%5C",
  "%252f", "%09", "%0a", "%00", "\t", "\n", "\r", " ", "\u0000", "\u000B", "\u000C", "\u00A0", "\u3000",
  // Look-alike slashes and dots: fullwidth and division slashes, fraction slash, ideographic full stop, one dot leader.
  "\uFF0F", "\u2215", "\u2044", "\uFF3C", "\u3002", "\u2024", "\uFF0E",
  "evil.example", "evil.example:443", "@evil.example", "user:pass@evil.example", "localhost", "127.0.0.1", "[::1]",
  "http:", "https:", "javascript:", "data:", "https://evil.example", "http:/\\evil.example", "?", "#", "&", ":", ";", "settings",
];

/** Hostile redirect targets: dot segments, encoded dots and slashes, backslashes, whitespace in odd places, look-alike slashes. */
export const hostileRedirectTarget: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.array(fc.constantFrom(...REDIRECT_FRAGMENTS), { minLength: 1, maxLength: 8 }).map((parts) => parts.join("")), weight: 6 },
  { arbitrary: fc.array(fc.constantFrom(...REDIRECT_FRAGMENTS), { maxLength: 6 }).map((parts) => `/${parts.join("")}`), weight: 6 },
  { arbitrary: hostileText, weight: 2 },
  { arbitrary: fc.constantFrom("/", "/settings", "/@ada?tab=likes", "/p/abc#comments"), weight: 1 },
  { arbitrary: fc.integer({ min: 1_990, max: 100_000 }).map((length) => `/${"%2e/".repeat(length).slice(0, length)}`), weight: 1 },
);
