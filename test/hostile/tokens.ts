import fc from "fast-check";
import { hostileString } from "@/test/hostile/input";
import { hashToken, newToken } from "@/lib/account-tokens/token";

/** Tokens that are not the real one but come close: altered, cut, extended, re-cased, its hash, the other kind's token. */
export function nearMisses(real: () => string, other: () => string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: 0, max: 42 }).chain((index) =>
      fc.constantFrom("A", "_", "-", "0").map((replacement) => {
        const token = real();
        return token.slice(0, index) + (token[index] === replacement ? "B" : replacement) + token.slice(index + 1);
      }),
    ),
    fc.integer({ min: 1, max: 42 }).map((length) => real().slice(0, length)),
    fc.constantFrom("=", "A", "\u0000", "%00", "'", " x").map((suffix) => real() + suffix),
    fc.constant(null).map(() => real().toUpperCase()),
    fc.constant(null).map(() => hashToken(real())),
    fc.constant(null).map(() => other()),
    fc.constant(null).map(() => newToken().token),
  );
}

/** Any hostile string, or a near miss of the real token. */
export const hostileToken = (real: () => string, other: () => string) =>
  fc.oneof({ arbitrary: hostileString, weight: 2 }, { arbitrary: nearMisses(real, other), weight: 3 });

