// Short claim ids: random-looking, collision-checked, and never mistaken for a YAML number.

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LETTERS_AND_DIGITS = `${LETTERS}0123456789`;
const ID_LENGTHS = [6, 7, 8];
const ATTEMPTS_PER_LENGTH = 20;

/** A source of floats in [0, 1), like Math.random (injected in tests). */
export type RandomSource = () => number;

/**
 * A new id of 6 (7 or 8 on repeated collisions) lowercase letters and digits, starting with a
 * letter, for which `isTaken` is false.
 *
 * @throws Error when no free id is found (only with a broken random source).
 */
export function createClaimId(isTaken: (id: string) => boolean, random: RandomSource = Math.random): string {
  const pick = (alphabet: string) => alphabet[Math.min(alphabet.length - 1, Math.floor(random() * alphabet.length))];
  for (const length of ID_LENGTHS) {
    for (let attempt = 0; attempt < ATTEMPTS_PER_LENGTH; attempt++) {
      let id = pick(LETTERS);
      while (id.length < length) id += pick(LETTERS_AND_DIGITS);
      if (!isTaken(id)) return id;
    }
  }
  throw new Error('Could not find a free claim id: is the random source constant?');
}
