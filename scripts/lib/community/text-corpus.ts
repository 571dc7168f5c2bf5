// Post, comment and bio texts are slices of one long run of ordinary words,
// so every text has realistic words for the tsvector column and the search
// index, without generating text row by row.
const WORDS = (
  "the a and to of in is it that for on with this was at by I you we they my our your be have had not but " +
  "garden coffee morning train city river bread music night weekend friends photo walk rain sunny cat dog " +
  "book reading writing code release bug fix deploy meeting lunch dinner recipe soup bike ride mountain lake " +
  "today yesterday tomorrow finally really little great new old first last best favourite small big quiet " +
  "learned shipped tried found made saw heard loved missed watched cooked planted painted built started " +
  "people community neighbours family market library park museum concert festival game match season " +
  "thanks welcome hello congratulations question idea thought story news update project plan week year"
).split(" ");

/** A deterministic pseudo-random generator (mulberry32), so every run loads the same texts. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * About `length` characters of sentences. Short on purpose: substr() walks
 * UTF-8 text from its start, so a long corpus makes every row slow; slices of
 * 6,000 characters at random offsets and lengths are varied enough.
 */
export function textCorpus(length = 6_000): string {
  const random = seededRandom(42);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const count = 4 + Math.floor(random() * 14);
    const words = Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)] ?? "hello");
    const sentence = `${words.join(" ")}. `;
    parts.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
    size += sentence.length;
  }
  return parts.join("");
}
