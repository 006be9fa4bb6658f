// A deterministic synthetic graph shaped like the seed: few themes and many messages, skewed the way real
// advocacy records are (most messages on the big themes), texts in 2 to 6 languages, mixed visibility.
import { withFolded } from '../src/db/fold.js';

type Rng = () => number;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an index by cumulative weights. */
function weighted(r: Rng, cumulative: number[]): number {
  const x = r() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function zipf(n: number, s: number): number[] {
  let sum = 0;
  return Array.from({ length: n }, (_, i) => (sum += 1 / (i + 1) ** s));
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** k distinct indices drawn by weight. */
function distinctWeighted(r: Rng, cumulative: number[], k: number): number[] {
  const out = new Set<number>();
  while (out.size < k) out.add(weighted(r, cumulative));
  return [...out];
}

const THEMES = [
  ['sex-work', 'Travail du sexe', 'Sex work'],
  ['srhr', 'Droits et santé sexuels et reproductifs', 'Sexual and reproductive health and rights'],
  ['hiv', 'VIH', 'HIV'],
  ['migration', 'Migrations, exil, droits et santé', 'Migration, exile, rights and health'],
  ['violence', 'Lutte contre les violences', 'Fight against violence'],
  ['harm-reduction', 'Réduction des risques', 'Harm reduction'],
  ['community-health', 'Santé communautaire', 'Community health'],
  ['trafficking', 'Lutte contre la traite', 'Fight against trafficking'],
  ['protection-of-minors', 'Protection des mineurs', 'Protection of minors'],
  ['decriminalisation', 'Dépénalisation', 'Decriminalisation'],
  ['housing', 'Logement', 'Housing'],
  ['mental-health', 'Santé mentale', 'Mental health'],
  ['legal-aid', 'Accès au droit', 'Legal aid'],
  ['cervical-cancer', 'Cancer du col de l’utérus', 'Cervical cancer'],
  ['environmental-health', 'Santé environnementale', 'Environmental health'],
] as const;
const THEME_IDS = THEMES.map((t) => t[0]);

const COUNTRIES = [
  ['FR', 'France', 'France'],
  ['MG', 'Madagascar', 'Madagascar'],
  ['MM', 'Myanmar', 'Myanmar'],
  ['RU', 'Russie', 'Russia'],
  ['ET', 'Éthiopie', 'Ethiopia'],
  ['TZ', 'Tanzanie', 'Tanzania'],
  ['SN', 'Sénégal', 'Senegal'],
  ['CI', 'Côte d’Ivoire', 'Ivory Coast'],
  ['ML', 'Mali', 'Mali'],
  ['BF', 'Burkina Faso', 'Burkina Faso'],
  ['CM', 'Cameroun', 'Cameroon'],
  ['HT', 'Haïti', 'Haiti'],
  ['LB', 'Liban', 'Lebanon'],
  ['KH', 'Cambodge', 'Cambodia'],
  ['LA', 'Laos', 'Laos'],
  ['VN', 'Viêt Nam', 'Vietnam'],
  ['BR', 'Brésil', 'Brazil'],
  ['CO', 'Colombie', 'Colombia'],
  ['MA', 'Maroc', 'Morocco'],
  ['TN', 'Tunisie', 'Tunisia'],
] as const;
const REGIONS_PER_COUNTRY = 3;
const CITIES_PER_REGION = 4;

const FR_WORDS = [
  'accès',
  'soins',
  'droits',
  'santé',
  'préservatifs',
  'dépistage',
  'pairs',
  'travailleuses',
  'travailleurs',
  'sexe',
  'violences',
  'police',
  'logement',
  'papiers',
  'titre',
  'séjour',
  'prévention',
  'VIH',
  'hépatites',
  'contraception',
  'avortement',
  'mineurs',
  'traite',
  'exploitation',
  'stigmatisation',
  'discriminations',
  'associations',
  'communautaires',
  'médiation',
  'justice',
  'plainte',
  'protection',
  'financement',
  'formation',
  'autonomie',
  'consentement',
  'clients',
  'pénalisation',
  'dépénalisation',
  'santé mentale',
  'addictions',
  'drogues',
  'réduction',
  'risques',
  'gratuité',
  'dignité',
  'sécurité',
  'hébergement',
  'interprétariat',
  'confidentialité',
];
const EN_WORDS = [
  'access',
  'care',
  'rights',
  'health',
  'condoms',
  'testing',
  'peers',
  'workers',
  'sex',
  'violence',
  'police',
  'housing',
  'documents',
  'residence',
  'permit',
  'prevention',
  'HIV',
  'hepatitis',
  'contraception',
  'abortion',
  'minors',
  'trafficking',
  'exploitation',
  'stigma',
  'discrimination',
  'organisations',
  'community',
  'mediation',
  'justice',
  'complaint',
  'protection',
  'funding',
  'training',
  'autonomy',
  'consent',
  'clients',
  'criminalisation',
  'decriminalisation',
  'mental',
  'addiction',
  'drugs',
  'reduction',
  'risks',
  'free',
  'dignity',
  'safety',
  'shelter',
  'interpreting',
  'confidentiality',
  'outreach',
];
const OTHER_LANGS = ['es', 'pt', 'ru', 'ar', 'sw', 'mg', 'my', 'vi'] as const;
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'tu',
  'ne',
  'so',
  'vi',
  'da',
  'pe',
  'zi',
  'ho',
  'ba',
  'gu',
  'fa',
  'ri',
  'an',
  'el',
  'or',
  'is',
];

/** A long tail of pseudo-words per language, so search terms have realistic, skewed frequencies. */
function vocabulary(base: readonly string[], salt: number, size = 1500): string[] {
  const r = rng(salt);
  const tail = Array.from({ length: size }, () =>
    Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, SYLLABLES)).join(''),
  );
  return [...base, ...tail];
}

const VOCAB: Record<string, string[]> = { fr: vocabulary(FR_WORDS, 1), en: vocabulary(EN_WORDS, 2) };
for (const [i, l] of OTHER_LANGS.entries()) VOCAB[l] = vocabulary([], 10 + i);
const WORD_WEIGHTS = zipf(VOCAB.fr.length, 1);

function sentence(r: Rng, lang: string): string {
  const words = VOCAB[lang];
  const n = 6 + Math.floor(r() * 7);
  const out = Array.from({ length: n }, () => words[Math.min(weighted(r, WORD_WEIGHTS), words.length - 1)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ');
}

interface TextRow {
  lang: string;
  value: string;
  original: boolean;
  folded: string;
  labels: string[];
}

function texts(langs: string[], original: string, make: (lang: string) => string): TextRow[] {
  return langs.map((lang) => withFolded({ lang, value: make(lang), original: lang === original }));
}

/** fr and en always, plus 0 to 4 more languages (so 2 to 6), original fr most of the time. */
function languages(r: Rng): { langs: string[]; original: string } {
  const extra = distinctWeighted(r, zipf(OTHER_LANGS.length, 0.8), Math.floor(r() ** 2 * 5)).map((i) => OTHER_LANGS[i]);
  return { langs: ['fr', 'en', ...extra], original: r() < 0.7 ? 'fr' : 'en' };
}

const VISIBILITY = ['PUBLIC', 'INTERNAL', 'RESTRICTED'] as const;
const visibility = (r: Rng, pub = 0.8, internal = 0.15) => {
  const x = r();
  return VISIBILITY[x < pub ? 0 : x < pub + internal ? 1 : 2];
};

interface NodeRow {
  id: string;
  visibility: string;
  archived: boolean;
  props: Record<string, unknown>;
  texts: TextRow[];
}
export interface Fixed {
  themes: NodeRow[];
  places: Array<NodeRow & { partOf: string[] }>;
  spaces: Array<NodeRow & { place: string | null; covers: string[] }>;
  organisations: Array<NodeRow & { place: string; worksOn: string[] }>;
}

const named = (fr: string, en: string): TextRow[] => [
  withFolded({ lang: 'fr', value: fr, original: true }),
  withFolded({ lang: 'en', value: en, original: false }),
];

/** Themes, places (countries, regions, cities), spaces at every level, organisations: the same for every size. */
export function fixedPart(seed: number, organisations: number): Fixed {
  const r = rng(seed);
  const themes = THEMES.map(([id, fr, en]) => ({
    id,
    visibility: 'PUBLIC',
    archived: false,
    props: {},
    texts: named(fr, en),
  }));
  const places: Fixed['places'] = [];
  const spaces: Fixed['spaces'] = [];
  const themeWeights = zipf(THEMES.length, 0.9);
  const covers = () => distinctWeighted(r, themeWeights, 1 + Math.floor(r() * 4)).map((i) => THEME_IDS[i]);
  const space = (id: string, level: string, place: string | null, fr: string, en: string) =>
    spaces.push({
      id,
      visibility: visibility(r, 0.85, 0.15),
      archived: false,
      props: { level },
      texts: named(fr, en),
      place,
      covers: covers(),
    });
  for (const [code, fr, en] of COUNTRIES) {
    const country = `country-${code.toLowerCase()}`;
    places.push({
      id: country,
      visibility: 'PUBLIC',
      archived: false,
      props: { kind: 'COUNTRY', countryCode: code },
      texts: named(fr, en),
      partOf: [],
    });
    space(
      `national-${code.toLowerCase()}-1`,
      'NATIONAL',
      country,
      `Plateforme nationale ${fr}`,
      `National platform ${en}`,
    );
    space(
      `national-${code.toLowerCase()}-2`,
      'NATIONAL',
      country,
      `Conseil national santé ${fr}`,
      `National health council ${en}`,
    );
    for (let g = 1; g <= REGIONS_PER_COUNTRY; g++) {
      const region = `region-${code.toLowerCase()}-${g}`;
      places.push({
        id: region,
        visibility: 'PUBLIC',
        archived: false,
        props: { kind: 'REGION', countryCode: code },
        texts: named(`Région ${g} ${fr}`, `Region ${g} ${en}`),
        partOf: [country],
      });
      space(
        `regional-${code.toLowerCase()}-${g}`,
        'REGIONAL',
        region,
        `Agence régionale ${g} ${fr}`,
        `Regional agency ${g} ${en}`,
      );
      for (let c = 1; c <= CITIES_PER_REGION; c++) {
        const city = `city-${code.toLowerCase()}-${g}-${c}`;
        places.push({
          id: city,
          visibility: 'PUBLIC',
          archived: false,
          props: { kind: 'CITY', countryCode: code },
          texts: named(`Ville ${g}.${c} ${fr}`, `City ${g}.${c} ${en}`),
          partOf: [region, country],
        });
        space(
          `local-${code.toLowerCase()}-${g}-${c}`,
          'LOCAL',
          city,
          `Contrat local de santé ${g}.${c}`,
          `Local health contract ${g}.${c}`,
        );
      }
    }
  }
  for (let i = 1; i <= 25; i++)
    space(
      `international-${i}`,
      'INTERNATIONAL',
      i <= 10 ? `country-${COUNTRIES[i].at(0)!.toLowerCase()}` : null,
      `Réseau international ${i}`,
      `International network ${i}`,
    );
  for (let i = 1; i <= 15; i++)
    space(`internal-${i}`, 'INTERNAL', null, `Comité interne ${i}`, `Internal committee ${i}`);
  const orgs: Fixed['organisations'] = Array.from({ length: organisations }, (_, i) => ({
    id: `org-${String(i + 1).padStart(5, '0')}`,
    visibility: visibility(r, 0.9, 0.1),
    archived: false,
    props: {
      kind: pick(r, ['NGO', 'PROGRAMME', 'ASSOCIATION', 'INSTITUTION', 'FUNDER']),
      founded: 1970 + Math.floor(r() * 55),
    },
    texts: named(`Association ${i + 1}`, `Organisation ${i + 1}`),
    place: pick(r, places).id,
    worksOn: covers(),
  }));
  return { themes, places, spaces, organisations: orgs };
}

const messageId = (i: number) => `msg-${String(i).padStart(7, '0')}`;

export interface MessageRow extends NodeRow {
  themes: Array<{ id: string; basis: string }>;
  spaces: string[];
}
export interface EvidenceRow extends NodeRow {
  supports: string[];
  about: string;
  voicedBy: string;
}

/** Themes per message: 1 to 5, mostly 1 to 3; spaces carrying it: 0 to 3. */
const THEME_COUNT = [0.3, 0.65, 0.85, 0.95, 1];
const SPACE_COUNT = [0.2, 0.6, 0.85, 1];
const count = (r: Rng, cdf: number[]) => {
  const x = r();
  return cdf.findIndex((c) => x < c);
};

export class MessageStream {
  private readonly themeWeights = zipf(THEMES.length, 0.9);
  private readonly spaceWeights: number[];

  constructor(
    private readonly seed: number,
    private readonly spaces: string[],
    private readonly organisations: string[],
  ) {
    this.spaceWeights = zipf(spaces.length, 0.7);
  }

  /** Messages from..to-1, each from its own generator so any batch can be rebuilt alone. */
  messages(from: number, to: number): MessageRow[] {
    const rows: MessageRow[] = [];
    for (let i = from; i < to; i++) {
      const r = rng(this.seed * 1_000_003 + i);
      const { langs, original } = languages(r);
      rows.push({
        id: messageId(i),
        visibility: visibility(r),
        archived: r() < 0.01,
        props: {},
        texts: texts(langs, original, (l) => sentence(r, l)),
        themes: distinctWeighted(r, this.themeWeights, 1 + count(r, THEME_COUNT)).map((t) => ({
          id: THEME_IDS[t],
          basis: r() < 0.6 ? 'RECORD' : 'EDITORIAL',
        })),
        spaces: distinctWeighted(r, this.spaceWeights, count(r, SPACE_COUNT)).map((s) => this.spaces[s]),
      });
    }
    return rows;
  }

  /** One evidence per five messages, supporting one or two messages near it. */
  evidence(from: number, to: number, total: number): EvidenceRow[] {
    const rows: EvidenceRow[] = [];
    for (let i = from; i < to; i++) {
      if (i % 5) continue;
      const r = rng(this.seed * 7_000_003 + i);
      const one = r() < 0.7;
      rows.push({
        id: `ev-${String(i / 5).padStart(7, '0')}`,
        visibility: visibility(r, 0.6, 0.3),
        archived: false,
        props: { kind: pick(r, ['QUOTE', 'TESTIMONY', 'OBSERVATION', 'LESSON', 'DIFFICULTY']) },
        texts: texts(one ? ['fr'] : ['fr', 'en'], 'fr', (l) => sentence(r, l)),
        supports: one ? [messageId(i)] : [messageId(i), messageId(Math.min(total - 1, i + 1))],
        about: THEME_IDS[weighted(r, this.themeWeights)],
        voicedBy: pick(r, this.organisations),
      });
    }
    return rows;
  }
}
