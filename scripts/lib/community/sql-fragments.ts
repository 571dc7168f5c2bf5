// SQL expressions shared by the loaders. They only contain fixed code, never
// values: sizes and texts are always passed as query parameters.

/** A stable, cuid-shaped id (25 characters, starting with "c") for row `n` of `kind`. */
export function idOf(kind: "user" | "post" | "comment", n: string): string {
  return `('c' || substr(md5('${kind}' || ${n}), 1, 24))`;
}

/**
 * A 1-based rank in 1..$size: with probability `skew` log-uniform (rank r is
 * drawn about 1/r as often, so a few ranks get a large share), otherwise uniform.
 */
export function skewedRank(size: string, skew: number): string {
  return `(CASE WHEN random() < ${skew}
    THEN floor(exp(random() * ln(${size}::float8)))::int
    ELSE 1 + floor(random() * ${size}::float8)::int END)`;
}

/**
 * A slice of the corpus `corpus` with an exponential length of mean `mean`,
 * at most `max` characters: many short texts, a long tail.
 */
export function corpusText(corpus: string, mean: number, max: number): string {
  return `coalesce(nullif(btrim(substr(${corpus}::text,
      1 + floor(random() * (length(${corpus}::text) - ${max}))::int,
      least(${max}, 1 + floor(-ln(1 - random()) * ${mean}))::int)), ''), 'Hello')`;
}

/** A time uniformly between `from` and now. */
export function timeSince(from: string): string {
  return `(${from} + random() * (now() - ${from}))`;
}
