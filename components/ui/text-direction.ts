/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;

/**
 * "rtl" for a text whose first letter is Arabic, Hebrew or of another right-to-left script, for a
 * text box's `dir`, as `dir="auto"` would find it. Found here, from the first letters only: the
 * browser's own `dir="auto"` (and CSS's `unicode-bidi: plaintext`) kept Chromium busy for minutes
 * over a pasted 6 MB text (e2e/compose.spec.ts).
 */
export function textDirection(text: string): "rtl" | undefined {
  const letter = LETTER.exec(text.slice(0, 1000))?.[0];
  return letter !== undefined && RIGHT_TO_LEFT.test(letter) ? "rtl" : undefined;
}
