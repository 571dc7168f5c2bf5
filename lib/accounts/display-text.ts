// Display names are shown next to the Staff badge: a name may not imitate it.
// (The invisible characters names and bios lose: lib/validation/invisible.ts.)

/**
 * Marks that look like a verification badge: ✅ ✔ ✓ ☑ 🗸 🗹 √ 𐄂 🮱.
 * Only the Staff badge, drawn by the page next to an admin's name, vouches for
 * anyone; a name cannot carry one.
 */
const CHECK_MARKS = /[\u2705\u2713\u2714\u2611\u221A\u{10102}\u{1F5F8}\u{1F5F9}\u{1FBB1}]/u;

/**
 * The words of staff roles, as whole words in any case or letter style
 * (NFKC folds 𝐒𝐭𝐚𝐟𝐟 and Ｓｔａｆｆ to Staff): next to the Staff badge, "Ada
 * (Staff)" written in the name would pass for it.
 */
const STAFF_WORDS = /(?<![\p{L}\p{N}])(staff|admin|administrator|moderator)(?![\p{L}\p{N}])/iu;

/**
 * Cyrillic and Greek letters drawn like the Latin letters of the staff words (from Unicode's
 * confusables, UTS #39): "Ѕtaff" with a Cyrillic Ѕ reads as Staff. A name written wholly in
 * those scripts does not spell an English staff word this way, so only imitations match.
 */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  а: "a", А: "A", α: "a", Α: "A",
  ԁ: "d",
  е: "e", Е: "E", ε: "e", Ε: "E",
  ſ: "f", ϝ: "f", Ϝ: "F",
  і: "i", І: "I", ι: "i", Ι: "I", ӏ: "l", Ӏ: "I",
  М: "M", Μ: "M",
  Ν: "N", η: "n",
  о: "o", О: "O", ο: "o", Ο: "O", σ: "o",
  г: "r",
  ѕ: "s", Ѕ: "S",
  Т: "T", Τ: "T", τ: "t",
};
const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join("")}]`, "gu");

/** `name` as it reads: letter styles folded (NFKC folds 𝐒𝐭𝐚𝐟𝐟 and Ｓｔａｆｆ), accents dropped, look-alike letters made Latin. */
function asItReads(name: string): string {
  const withoutAccents = name.normalize("NFKD").replace(/\p{Mn}/gu, "").normalize("NFKC");
  return withoutAccents.replace(LOOKALIKE, (letter) => LATIN_LOOKALIKES[letter] ?? letter);
}

/** Whether a display name pretends to be vouched for: a check mark, or a staff role's word. */
export function claimsStaffStatus(name: string): boolean {
  const folded = name.normalize("NFKC");
  return CHECK_MARKS.test(folded) || STAFF_WORDS.test(asItReads(name));
}
