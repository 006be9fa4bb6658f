// The seed files, read and checked without a database: the record's facts are in them, and every kind of
// mistake a reviewer could make is reported with its file, entry and field.
import { describe, expect, it } from 'vitest';
import { GraphDataError, validateGraphDocument, type GraphDocument } from '../../src/graph-data/document.js';
import { readSeedDir } from '../../src/graph-data/seed-files.js';
import { SEEDS_DIR, readSeed } from '../../src/graph-data/seed.js';
import { BLOCK_MESSAGES, FIXED_IDS } from './record.js';
import { seedCopy } from './support.js';

const doc = readSeed();
const node = (label: string, id: string) => doc.nodes.find((n) => n.label === label && n.id === id);
const links = (type: string, fromId: string) =>
  doc.relationships.filter((r) => r.type === type && r.from.id === fromId);

describe('the seed files', () => {
  it('read without problems', () => {
    expect(readSeedDir(SEEDS_DIR).errors).toEqual([]);
  });

  it('hold the fixed ids the API relies on', () => {
    for (const [label, ids] of Object.entries(FIXED_IDS))
      for (const id of ids) expect(node(label, id), `${label} ${id}`).toBeDefined();
  });

  it('give every text an original and an English translation', () => {
    for (const n of doc.nodes) {
      for (const field of new Set(n.texts.map((t) => t.field))) {
        const texts = n.texts.filter((t) => t.field === field);
        expect(
          texts.filter((t) => t.original),
          `${n.id}.${field}`,
        ).toHaveLength(1);
        expect(
          texts.map((t) => t.lang),
          `${n.id}.${field}`,
        ).toEqual(expect.arrayContaining(['fr', 'en']));
      }
    }
  });

  it('link each block message to its block theme and sex work, as stated by the record', () => {
    for (const m of BLOCK_MESSAGES) {
      const record = links('ADDRESSES', m.id)
        .filter((r) => r.props.basis === 'RECORD')
        .map((r) => r.to.id);
      expect(record.sort(), m.id).toEqual([...m.themes].sort());
    }
  });

  it('gives every node from the record its section, and only example data goes without', () => {
    for (const n of doc.nodes) {
      if (n.label === 'Source' || n.label === 'Section') continue;
      const sections = links('FROM_SECTION', n.id).filter((r) => r.from.label === n.label);
      if (!n.props.example) expect(sections.length, `${n.label} ${n.id}`).toBeGreaterThan(0);
    }
  });
});

describe('visibility in the seed files', () => {
  const texts = (label: string, id: string) =>
    node(label, id)!
      .texts.map((t) => t.value)
      .join(' ');

  it('keep what is internal off public nodes (texts have no visibility of their own)', () => {
    expect(texts('Organisation', 'roses-d-acier')).not.toMatch(/salari|employee/i);
    expect(texts('Message', 'hiv-advocacy')).not.toMatch(/expos/i);
  });

  it('name Yagodki only in RESTRICTED records, where its statement about registers is', () => {
    expect(node('Organisation', 'yagodki')!.visibility).toBe('RESTRICTED');
    const naming = doc.nodes.filter(
      (n) => n.visibility !== 'RESTRICTED' && (/yagodki/i.test(n.id) || n.texts.some((t) => /yagodki/i.test(t.value))),
    );
    expect(naming.map((n) => `${n.label}:${n.id}`)).toEqual([]);
    const concerns = doc.relationships
      .filter((r) => r.to.id === 'yagodki' && r.type === 'CONCERNS')
      .map((r) => r.from.id);
    expect(concerns).toEqual(['identification-in-registers']);
  });
});

describe('problems in seed files', () => {
  const read = (changes: Parameters<typeof seedCopy>[0]) => {
    const dir = seedCopy(changes);
    const r = readSeedDir(dir);
    return { dir, doc: r.doc, errors: r.errors };
  };

  it('are all reported, each naming the file, the entry and the field', () => {
    const { doc: none, errors } = read({
      append: {
        'messages.yaml': [
          '- id: bad-ref',
          '  visibility: PUBLIC',
          '  section: advocacy',
          '  text: {fr: Un, en: One}',
          '  themes: {record: [no-such-theme]}',
          '- id: no-english',
          '  visibility: PUBLIC',
          '  section: advocacy',
          '  text: {fr: Deux}',
          '- id: bad-visibility',
          '  visibility: SECRET',
          '  section: advocacy',
          '  text: {fr: Trois, en: Three}',
          '- id: no-basis',
          '  visibility: PUBLIC',
          '  section: advocacy',
          '  text: {fr: Quatre, en: Four}',
          '  themes: [sex-work]',
          '- id: typo-field',
          '  visibility: PUBLIC',
          '  section: advocacy',
          '  txt: {fr: Cinq, en: Five}',
          '- visibility: PUBLIC',
          '  section: advocacy',
          '  text: {fr: Six, en: Six}',
          '- id: no-section',
          '  visibility: PUBLIC',
          '  text: {fr: Sept, en: Seven}',
          '- id: decriminalisation',
          '  visibility: PUBLIC',
          '  section: nowhere',
          '  text: {fr: Huit, en: Eight}',
          '- id: editorial-typo',
          '  visibility: PUBLIC',
          '  section: advocacy',
          '  text: {fr: Neuf, en: Nine, editorial: yes}',
        ].join('\n'),
        'places.yaml':
          '- id: lyon\n  visibility: PUBLIC\n  section: objectives\n  kind: TOWN\n  countryCode: fra\n  name: {fr: Lyon, en: Lyon}\n',
      },
      replace: { 'risks.yaml': '- id: broken\n  text: {fr: "unclosed\n' },
    });
    expect(none).toBeNull();
    const expected = [
      /messages\.yaml: entry "bad-ref": themes\.record\[0\]: no Theme "no-such-theme"/,
      /messages\.yaml: entry "no-english": text\.en: every text needs an English translation/,
      /messages\.yaml: entry "bad-visibility": visibility: /,
      /messages\.yaml: entry "no-basis": themes\[0\]: a link that is a claim needs its basis/,
      /messages\.yaml: entry "typo-field": txt: unknown field/,
      /messages\.yaml: entry "typo-field": text: /,
      /messages\.yaml: entry #\d+: id: /,
      /messages\.yaml: entry "no-section": section: /,
      /messages\.yaml: entry "decriminalisation": id: Message "decriminalisation" is already defined/,
      /messages\.yaml: entry "decriminalisation": section: no Section "nowhere"/,
      /messages\.yaml: entry "editorial-typo": text\.editorial: must be true or false/,
      /places\.yaml: entry "lyon": kind: /,
      /places\.yaml: entry "lyon": countryCode: must be an ISO 3166-1 alpha-2 code/,
      /risks\.yaml: line \d+: /,
    ];
    for (const re of expected)
      expect(
        errors.some((e) => re.test(e)),
        `${re} in\n${errors.join('\n')}`,
      ).toBe(true);
  });

  it('mark a text as ours, not the record’s, with editorial: true', () => {
    const r = readSeedDir(
      seedCopy({
        append: {
          'messages.yaml':
            '- id: our-note\n  visibility: PUBLIC\n  section: advocacy\n  text: {fr: Note, en: Note, editorial: true}\n',
        },
      }),
    );
    expect(r.errors).toEqual([]);
    expect(r.doc && 'editorialTexts' in r ? [...r.editorialTexts] : []).toContain('Message:our-note.text');
  });

  it('include a missing file and a stray file', () => {
    const { errors } = read({ replace: { 'theme.yaml': '[]' }, remove: ['perspectives.yaml'] });
    expect(errors.some((e) => /theme\.yaml: not a seed file/.test(e))).toBe(true);
    expect(errors.some((e) => /perspectives\.yaml: file is missing/.test(e))).toBe(true);
  });
});

describe('graph document validation', () => {
  const base = (): GraphDocument => ({
    nodes: [
      {
        label: 'Theme',
        id: 't',
        visibility: 'PUBLIC',
        props: { example: false },
        texts: [{ field: 'name', lang: 'fr', value: 'T', original: true }],
      },
      {
        label: 'Message',
        id: 'm',
        visibility: 'PUBLIC',
        props: { example: false },
        texts: [{ field: 'text', lang: 'fr', value: 'M', original: true }],
      },
    ],
    relationships: [
      {
        type: 'ADDRESSES',
        from: { label: 'Message', id: 'm' },
        to: { label: 'Theme', id: 't' },
        props: { basis: 'RECORD' },
      },
    ],
  });
  const problems = (doc: unknown) => {
    try {
      validateGraphDocument(doc);
      return [];
    } catch (e) {
      return (e as GraphDataError).lines;
    }
  };

  it('accepts a well-formed document', () => {
    expect(problems(base())).toEqual([]);
  });

  it('names the node or relationship and the field of each problem', () => {
    const doc = base();
    doc.nodes[0].props = { example: false, version: 3 } as never;
    doc.nodes[1].texts.push({ field: 'text', lang: 'en', value: 'M', original: true });
    doc.relationships.push({
      type: 'ADDRESSES',
      from: { label: 'Theme', id: 't' },
      to: { label: 'Message', id: 'm' },
      props: {},
    });
    const lines = problems(doc);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/nodes\[0\] Theme:t: props\.version: is set by the loader/),
        expect.stringMatching(/nodes\[1\] Message:m: texts\.text: needs exactly one original language, found 2/),
        expect.stringMatching(/relationships\[1\] .*ADDRESSES cannot join Theme to Message/),
        expect.stringMatching(/relationships\[1\] .*props\.basis: a claim must say/),
      ]),
    );
  });

  it('rejects unknown labels and malformed ids by path', () => {
    const doc = base() as unknown as { nodes: Record<string, unknown>[] };
    doc.nodes[0].label = 'Person';
    doc.nodes[1].id = 'Not Kebab';
    expect(problems(doc)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^nodes\[0\]\.label: /),
        expect.stringMatching(/^nodes\[1\]\.id: must be kebab-case/),
      ]),
    );
  });
});
