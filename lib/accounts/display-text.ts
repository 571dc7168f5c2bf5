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

/** Whether a display name pretends to be vouched for: a check mark, or a staff role's word. */
export function claimsStaffStatus(name: string): boolean {
  const folded = name.normalize("NFKC");
  return CHECK_MARKS.test(folded) || STAFF_WORDS.test(folded);
}
