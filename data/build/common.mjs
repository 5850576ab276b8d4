// Shared helpers for the lexicon conversion scripts.
// Packages are resolved from the current working directory (the scratch folder where
// `npm install` ran), so node_modules never has to live inside the repository.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const requireFromCwd = createRequire(join(process.cwd(), 'noop.js'));

/** Folder the TSV files are written to: first CLI argument, else ../ relative to this script. */
export function outputDir() {
  return process.argv[2] ?? new URL('..', import.meta.url).pathname;
}

/** Writes a UTF-8 TSV with a header row; tabs/newlines inside cells are replaced by spaces. */
export function writeTsv(file, header, rows) {
  const clean = (v) => String(v ?? '').replace(/[\t\r\n]+/g, ' ').trim();
  const lines = [header.join('\t'), ...rows.map((r) => r.map(clean).join('\t'))];
  writeFileSync(join(outputDir(), file), lines.join('\n') + '\n', 'utf8');
  console.log(`${file}: ${rows.length} rows`);
}

/** Key used for de-duplication: lower case, no diacritics, no apostrophes/hyphens/spaces. */
export function foldKey(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’\-\s.]/g, '');
}

export function capitalize(s) {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

/**
 * Joins toneless pinyin syllables into one capitalized word; an apostrophe separates a
 * syllable starting with a, o or e from the one before (Xi'an), as Hanyu Pinyin spelling requires.
 */
export function joinPinyin(syllables) {
  let out = '';
  for (const s of syllables) {
    if (out.length > 0 && /^[aoe]/.test(s)) out += "'";
    out += s;
  }
  return capitalize(out.replace(/ü/g, 'ü'));
}
