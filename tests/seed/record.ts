// The record's facts the seed must hold, written out once so the file tests and the graph tests check the same list.

/** The three "X + TdS" blocks of LE PLAIDOYER: each bullet's message, its French text and the themes it addresses (record). */
export const BLOCK_MESSAGES: { id: string; fr: RegExp; themes: string[] }[] = [
  // MIGRATIONS, EXIL, DROITS et Santé + Tds
  {
    id: 'freedom-of-movement',
    fr: /^Liberté de circulation dans le pays et lutte contre la traite$/,
    themes: ['migration', 'sex-work', 'trafficking'],
  },
  { id: 'fear-of-deportation', fr: /^Peur de l’expulsion du pays$/, themes: ['migration', 'sex-work'] },
  { id: 'identity-documents', fr: /^Accès à des documents d’identité$/, themes: ['migration', 'sex-work'] },
  {
    id: 'fair-pay-community-workers',
    fr: /^Travailleur·euse·s communautaires justement rémunéré·e·s$/,
    themes: ['migration', 'sex-work'],
  },
  {
    id: 'non-discriminatory-access-to-care',
    fr: /^Accès aux soins : ne pas augmenter les discriminations, prise en compte des besoins sexo-spécifiques$/,
    themes: ['migration', 'sex-work'],
  },
  { id: 'basic-care-and-services', fr: /^Soins et services de base$/, themes: ['migration', 'sex-work'] },
  {
    id: 'protection-of-minors',
    fr: /^Protection des mineurs$/,
    themes: ['migration', 'sex-work', 'protection-of-minors'],
  },
  // DSSR FRANCE + Tds
  { id: 'free-condoms', fr: /^Choix et gratuité des préservatifs$/, themes: ['srhr', 'sex-work'] },
  { id: 'free-testing', fr: /dépistages/, themes: ['srhr', 'sex-work'] },
  { id: 'community-health-approach', fr: /^Santé communautaire$/, themes: ['srhr', 'sex-work', 'community-health'] },
  { id: 'budget-for-free-services', fr: /^Gratuit = enveloppe budgétaire$/, themes: ['srhr', 'sex-work'] },
  { id: 'taboo-around-sex', fr: /^Travailler sur le tabou autour du sexe$/, themes: ['srhr', 'sex-work'] },
  // RÉDUCTION DES RISQUES USAGE de DROGUE + Tds
  {
    id: 'same-harm-reduction-philosophy',
    fr: /^Même philosophie de réduction des risques$/,
    themes: ['harm-reduction', 'sex-work'],
  },
  { id: 'decriminalisation', fr: /^Décriminalisation$/, themes: ['harm-reduction', 'sex-work'] },
  {
    id: 'access-to-prevention-and-treatment',
    fr: /^Accès au matériel de prévention et aux traitements$/,
    themes: ['harm-reduction', 'sex-work'],
  },
  { id: 'intersectional-approach', fr: /^Intersectionnaute$/, themes: ['harm-reduction', 'sex-work'] },
  {
    id: 'fight-against-violence',
    fr: /^Lutte contre les violences$/,
    themes: ['harm-reduction', 'sex-work', 'violence'],
  },
  { id: 'hiv-advocacy', fr: /^Plaidoyer VIH \(plus safe\)$/, themes: ['harm-reduction', 'sex-work', 'hiv'] },
  {
    id: 'non-stigmatising-information',
    fr: /^Besoin d’info non stigmatisante et adaptée$/,
    themes: ['harm-reduction', 'sex-work'],
  },
];

export const PAIRINGS = [
  { programme: 'russia', site: 'paris' },
  { programme: 'myanmar', site: 'rouen' },
  { programme: 'madagascar', site: 'lille' },
  { programme: 'ethiopia', site: 'montpellier' },
];

export const PEER_STANDARDS = [
  'Participation effective',
  'Juste indemnisation',
  'Opportunités d’évolution',
  'Sécurité garantie',
  'Mêmes avantages que les autres salarié·e·s',
];

export const FIXED_IDS = {
  Theme: [
    'sex-work',
    'migration',
    'srhr',
    'harm-reduction',
    'hiv',
    'violence',
    'trafficking',
    'protection-of-minors',
    'community-health',
    'cervical-cancer',
    'environmental-health',
  ],
  Message: ['decriminalisation', 'free-condoms', 'free-testing', 'freedom-of-movement', 'identity-documents'],
  Place: [
    'paris',
    'rouen',
    'lille',
    'montpellier',
    'russia',
    'myanmar',
    'madagascar',
    'ethiopia',
    'tanzania',
    'france',
  ],
  Organisation: ['lotus-bus', 'roses-d-acier', 'yagodki', 'mdm', 'russia-programme', 'afd', 'atelier-des-luttes'],
} as const;
