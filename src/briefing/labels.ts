// The words a pack adds around the graph's texts (headings, the safety note), in English and French.
// Other languages get the English words: the graph's texts are what must be in the meeting's language.

/** How close a space is to the pack's place (the API's SpaceReach). */
export type Reach = 'PLACE' | 'REGION' | 'COUNTRY' | 'INTERNATIONAL' | 'INTERNAL';

export interface Labels {
  pack: string;
  date: string;
  language: string;
  originalLanguages: string;
  place: string;
  themes: string;
  shared: string;
  bridging: (n: number) => string;
  otherMessages: (theme: string) => string;
  evidence: string;
  voicedBy: string;
  sensitive: string;
  spaces: string;
  levels: Record<string, string>;
  /** Where a space is from the pack's place; international and internal spaces say it with their level. */
  reaches: Record<Exclude<Reach, 'INTERNATIONAL' | 'INTERNAL'>, string>;
  /** Between a name and what follows (French puts a space before the colon). */
  colon: string;
  /** What a space's score means, in words: "carries 4 of the 7 messages". */
  coverage: (carried: number, selected: number) => string;
  partners: string;
  partner: string;
  kind: string;
  basedIn: string;
  worksOn: string;
  safety: string;
  risks: string;
  fallback: string;
  /** The meta line that says how much of the pack is in its language, and what the draft mark means. */
  translation: string;
  translated: (c: { language: string | null; texts: number; drafts: number; fallbacks: number }) => string;
  none: string;
  page: (n: number, of: number) => string;
  /** Marks of example records and of links the team added, with what they mean (the pack's legend). */
  example: string;
  editorial: string;
  exampleLegend: string;
  editorialLegend: string;
  sources: string;
  /** How much of the pack the record states; record-only packs say so. */
  provenance: (
    p: { items: number; examples: number; recordLinks: number; editorialLinks: number },
    recordOnly: boolean,
  ) => string;
  note: (c: { internal: number; restricted: number; sensitive: number }) => string | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: Labels = {
  pack: 'Briefing pack',
  date: 'Date',
  language: 'Language',
  originalLanguages: 'texts in their original language',
  place: 'Place',
  themes: 'Themes',
  shared: 'Messages the themes share',
  bridging: (n) => `Shared by ${n} themes`,
  otherMessages: (theme) => `Other messages: ${theme}`,
  evidence: 'Evidence',
  voicedBy: 'voiced by',
  sensitive: 'SENSITIVE',
  spaces: 'Advocacy spaces',
  levels: {
    LOCAL: 'local',
    REGIONAL: 'regional',
    NATIONAL: 'national',
    INTERNATIONAL: 'international',
    INTERNAL: 'internal',
  },
  reaches: { PLACE: 'your place', REGION: 'your region', COUNTRY: 'your country' },
  colon: ': ',
  coverage: (carried, selected) =>
    carried === 0
      ? `carries none of the ${plural(selected, 'message', 'messages')} yet`
      : `carries ${carried} of the ${plural(selected, 'message', 'messages')}`,
  partners: 'Partner organisations',
  partner: 'Organisation',
  kind: 'Kind',
  basedIn: 'Based in',
  worksOn: 'Works on',
  safety: 'Safety note',
  risks: 'Risks to keep in mind',
  fallback: 'not available in the requested language; shown in its original language',
  translation: 'Translation',
  translated: ({ language, texts, drafts, fallbacks }) =>
    `${texts - fallbacks} of ${plural(texts, 'text', 'texts')} in ${language}` +
    (drafts ? `, ${drafts} of them draft translations awaiting review (‡)` : '') +
    (fallbacks ? `; ${fallbacks} in their original language (†)` : ''),
  none: 'None.',
  page: (n, of) => `Page ${n} of ${of}`,
  example: 'EXAMPLE',
  editorial: 'EDITORIAL',
  exampleLegend: 'example data for teams to curate, not from the workshop record',
  editorialLegend: 'a link the team added (to the themes named); the workshop record does not state it',
  sources: 'Where this pack comes from',
  provenance: (p, recordOnly) =>
    recordOnly
      ? `Record only: ${plural(p.items, 'item', 'items')} and ${plural(p.recordLinks, 'link', 'links')}, all stated by the workshop record; links the team added and example data are left out.`
      : `${plural(p.items, 'item', 'items')} in this pack, ${p.examples} of them example data (marked EXAMPLE); of the ${plural(p.recordLinks + p.editorialLinks, 'link', 'links')} it shows, ${p.recordLinks} stated by the workshop record and ${p.editorialLinks} added by the team (marked EDITORIAL).`,
  note: ({ internal, restricted, sensitive }) => {
    const parts: string[] = [];
    if (internal || restricted) {
      const items = [
        internal ? plural(internal, 'internal item', 'internal items') : '',
        restricted ? plural(restricted, 'restricted item', 'restricted items') : '',
      ]
        .filter(Boolean)
        .join(' and ');
      parts.push(`This pack holds ${items} (marked). Share it only with people allowed to see them.`);
    }
    if (sensitive)
      parts.push(
        `${plural(sensitive, 'quote or testimony comes', 'quotes or testimonies come')} from people at risk of over-exposure: never cite them with a name, place or date that could identify someone.`,
      );
    return parts.length ? parts.join(' ') : null;
  },
};

const fr: Labels = {
  pack: 'Dossier de plaidoyer',
  date: 'Date',
  language: 'Langue',
  originalLanguages: 'textes dans leur langue d’origine',
  place: 'Lieu',
  themes: 'Thèmes',
  shared: 'Messages partagés par les thèmes',
  bridging: (n) => `Partagés par ${n} thèmes`,
  otherMessages: (theme) => `Autres messages : ${theme}`,
  evidence: 'Éléments de preuve',
  voicedBy: 'porté par',
  sensitive: 'SENSIBLE',
  spaces: 'Espaces de plaidoyer',
  levels: {
    LOCAL: 'local',
    REGIONAL: 'régional',
    NATIONAL: 'national',
    INTERNATIONAL: 'international',
    INTERNAL: 'interne',
  },
  reaches: { PLACE: 'votre territoire', REGION: 'votre région', COUNTRY: 'votre pays' },
  colon: ' : ',
  coverage: (carried, selected) =>
    carried === 0
      ? `ne porte encore aucun des ${plural(selected, 'message', 'messages')}`
      : `porte ${carried} des ${plural(selected, 'message', 'messages')}`,
  partners: 'Organisations partenaires',
  partner: 'Organisation',
  kind: 'Type',
  basedIn: 'Basée à',
  worksOn: 'Travaille sur',
  safety: 'Note de sécurité',
  risks: 'Risques à garder en tête',
  fallback: 'non disponible dans la langue demandée ; affiché dans sa langue d’origine',
  translation: 'Traduction',
  translated: ({ language, texts, drafts, fallbacks }) =>
    `${texts - fallbacks} ${texts === 1 ? 'texte' : 'textes'} sur ${texts} en ${language}` +
    (drafts
      ? `, dont ${drafts} ${drafts === 1 ? 'traduction provisoire' : 'traductions provisoires'} à relire (‡)`
      : '') +
    (fallbacks ? ` ; ${fallbacks} dans leur langue d’origine (†)` : ''),
  none: 'Aucun.',
  page: (n, of) => `Page ${n} sur ${of}`,
  example: 'EXEMPLE',
  editorial: 'ÉDITORIAL',
  exampleLegend: 'donnée d’exemple à compléter par les équipes, absente du compte rendu de l’atelier',
  editorialLegend:
    'un lien ajouté par l’équipe (vers les thèmes nommés) ; le compte rendu de l’atelier ne l’établit pas',
  sources: 'D’où vient ce dossier',
  provenance: (p, recordOnly) =>
    recordOnly
      ? `Compte rendu seul : ${plural(p.items, 'élément', 'éléments')} et ${plural(p.recordLinks, 'lien', 'liens')}, tous établis par le compte rendu de l’atelier ; les liens ajoutés par l’équipe et les exemples sont écartés.`
      : `${plural(p.items, 'élément', 'éléments')} dans ce dossier, dont ${p.examples} d’exemple (signalés EXEMPLE) ; des ${plural(p.recordLinks + p.editorialLinks, 'lien', 'liens')} qu’il montre, ${p.recordLinks} établis par le compte rendu de l’atelier et ${p.editorialLinks} ajoutés par l’équipe (signalés ÉDITORIAL).`,
  note: ({ internal, restricted, sensitive }) => {
    const parts: string[] = [];
    if (internal || restricted) {
      const items = [
        internal ? plural(internal, 'élément interne', 'éléments internes') : '',
        restricted ? plural(restricted, 'élément restreint', 'éléments restreints') : '',
      ]
        .filter(Boolean)
        .join(' et ');
      parts.push(
        `Ce dossier contient ${items} (signalés). Ne le partagez qu’avec des personnes autorisées à les voir.`,
      );
    }
    if (sensitive)
      parts.push(
        `${plural(sensitive, 'citation ou témoignage vient', 'citations ou témoignages viennent')} de personnes exposées au risque de sur-visibilisation : ne les citez jamais avec un nom, un lieu ou une date qui permettrait d’identifier quelqu’un.`,
      );
    return parts.length ? parts.join(' ') : null;
  },
};

/** Labels for a BCP 47 tag (fr-CA gets French); English when none or unknown. */
export function labelsFor(language: string | null | undefined): Labels {
  return language?.split('-')[0] === 'fr' ? fr : en;
}
