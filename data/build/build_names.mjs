// Builds the personal-name lexicons:
//   chinese_surnames.tsv     chinese-surnames (hanzi list) romanized with pinyin-pro's surname mode
//   pinyin_syllables.tsv     every toneless reading pinyin-pro gives for U+4E00..U+9FFF
//   given_names.tsv          human-names (en/de/fr/es/it/nl) + @faker-js/faker Latin-script first names
//   vietnamese_surnames.tsv  @faker-js/faker `vi` locale family names
// Usage: see data/SOURCES.md.
import { requireFromCwd, writeTsv, joinPinyin, foldKey } from './common.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const { pinyin } = requireFromCwd('pinyin-pro');

// ---------- Chinese surnames ----------
const surnames = requireFromCwd('chinese-surnames');
const surnameRows = [];
surnames.forEach((hanzi, index) => {
  if (!hanzi) return; // the source list has a few empty strings
  // surname: 'all' applies surname readings (单 → shan, 区 → ou) to the whole string.
  const syllables = pinyin(hanzi, { surname: 'all', toneType: 'none', type: 'array' });
  const spelled = joinPinyin(syllables);
  const variants = new Set([spelled, spelled.replace(/'/g, '')]);
  if (spelled.includes('ü')) {
    variants.add(spelled.replace(/ü/g, 'v'));
    variants.add(spelled.replace(/ü/g, 'u'));
  }
  for (const v of variants) surnameRows.push([v, hanzi, index + 1, [...hanzi].length > 1 ? 'compound' : 'single']);
});

// ---------- Pinyin syllables ----------
const syllables = new Set();
for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
  const readings = pinyin(String.fromCodePoint(cp), { toneType: 'none', multiple: true, type: 'array' });
  for (const r of readings) if (/^[a-zü]+$/.test(r)) syllables.add(r);
}
const syllableRows = new Map();
for (const s of syllables) {
  syllableRows.set(s, [s, s]);
  // ü is typed as v in most romanized text and dropped to u in news copy (Lü → Lv / Lu).
  if (s.includes('ü')) {
    for (const alt of [s.replace(/ü/g, 'v'), s.replace(/ü/g, 'u')]) if (!syllableRows.has(alt)) syllableRows.set(alt, [alt, s]);
  }
}

// ---------- Given names ----------
const given = new Map(); // folded key -> [name, gender, sources:Set]
const addGiven = (name, gender, source) => {
  if (!/^\p{Script=Latin}[\p{Script=Latin}'’\- ]*$/u.test(name) || name.length < 2) return;
  const key = foldKey(name);
  const hit = given.get(key);
  if (!hit) given.set(key, [name, gender, new Set([source])]);
  else {
    if (hit[1] !== gender) hit[1] = 'u';
    hit[2].add(source);
  }
};
const humanNamesDir = join(dirname(requireFromCwd.resolve('human-names/package.json')), 'data');
for (const f of readdirSync(humanNamesDir).sort()) {
  const m = /^(female|male)-human-names-([a-z]+)\.json$/.exec(f);
  if (!m) continue;
  for (const n of JSON.parse(readFileSync(join(humanNamesDir, f), 'utf8'))) addGiven(n, m[1][0], `human-names:${m[2]}`);
}
const { allLocales } = requireFromCwd('@faker-js/faker');
for (const locale of Object.keys(allLocales).sort()) {
  // en_BORK / en_AU_ocker are joke locales; base has no names.
  if (locale === 'en_BORK' || locale === 'en_AU_ocker') continue;
  const fn = allLocales[locale]?.person?.first_name;
  if (!fn) continue;
  for (const [gender, list] of Object.entries(fn)) {
    const g = gender === 'female' ? 'f' : gender === 'male' ? 'm' : 'u';
    for (const n of list) addGiven(n, g, `faker:${locale}`);
  }
}
const givenRows = [...given.values()]
  .sort((a, b) => a[0].localeCompare(b[0]))
  .map(([n, g, s]) => [n, g, [...s].sort().join('|')]);

// ---------- Vietnamese surnames ----------
const viLast = allLocales.vi.person.last_name;
const viRows = [];
for (const list of Object.values(viLast)) {
  for (const n of list) {
    const ascii = n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    viRows.push([n, ascii]);
  }
}

writeTsv('chinese_surnames.tsv', ['pinyin', 'hanzi', 'source_order', 'type'], surnameRows);
writeTsv(
  'pinyin_syllables.tsv',
  ['syllable', 'canonical'],
  [...syllableRows.values()].sort((a, b) => a[0].localeCompare(b[0])),
);
writeTsv('given_names.tsv', ['name', 'gender', 'sources'], givenRows);
writeTsv('vietnamese_surnames.tsv', ['name', 'ascii'], viRows);
