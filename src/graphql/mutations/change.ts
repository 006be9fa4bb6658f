// Edits of an existing record: update (properties, visibility, translations), link/unlink, archive.
// Each carries the version the caller read; a stale one is CONFLICT with the current version.
import { randomUUID } from 'node:crypto';
import { withFolded } from '../../db/fold.js';
import { badInput } from '../../errors.js';
import { type Context } from '../context.js';
import { project } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import type { Selection } from '../projection/selection.js';
import { changeProjection } from './change-links.js';
import { linkClauses, missingExpr } from './compile.js';
import { linkLists } from './create.js';
import { requireWriter } from './guard.js';
import type { WritableLabel } from '../../model/derived.js';
import { RECORDS } from './records.js';
import { runWrite, type RecordWrite } from './write.js';

interface TranslationInput {
  field?: string | null;
  language: string;
  text: string;
}
export interface UpdateInput {
  id: string;
  version: number;
  visibility?: string | null;
  translations?: TranslationInput[] | null;
}
export interface LinkInput {
  id: string;
  version: number;
  basis?: string | null;
}
export interface ArchiveInput {
  label: WritableLabel;
  id: string;
  version: number;
}

/** Add or replace translations; a field not given is the kind's main text (text or name). */
function translations(label: WritableLabel, list: TranslationInput[]) {
  const spec = RECORDS[label];
  const fields = [spec.mainText, ...spec.extraTexts];
  const seen = new Set<string>();
  return list.map((t, i) => {
    const field = t.field ?? spec.mainText;
    if (!fields.includes(field))
      throw badInput(`${label} has no text field "${field}" (it has ${fields.join(', ')})`, `translations.${i}.field`);
    if (seen.has(`${field}:${t.language}`))
      throw badInput(`${field} in ${t.language} is given twice`, `translations.${i}`);
    seen.add(`${field}:${t.language}`);
    return withFolded({ field, lang: t.language, value: t.text.trim() });
  });
}

export const updateRecord: RecordWrite<UpdateInput> = async (ctx, label, sel, input, requestId = randomUUID()) => {
  requireWriter(ctx, `Editing a ${label}`, input.visibility);
  const given = input as unknown as Record<string, unknown>;
  const props = Object.fromEntries(RECORDS[label].props.filter((k) => given[k] != null).map((k) => [k, given[k]]));
  const texts = translations(label, input.translations ?? []);
  if (!texts.length && !Object.keys(props).length && !input.visibility)
    throw badInput('Nothing to change: give visibility, translations or a property', 'input');
  const onlyTexts = texts.length > 0 && !Object.keys(props).length && !input.visibility;
  const p = new Params({ props, texts, visibility: input.visibility ?? null });
  const { node } = await runWrite(ctx, {
    statement: 'mutations/change',
    action: onlyTexts ? 'TRANSLATE' : 'UPDATE',
    label,
    id: input.id,
    version: input.version,
    requestId,
    p,
    slots: { node: project(RECORDS[label].type, 'n', sel, p) },
    flags: { visibility: Boolean(input.visibility), texts: texts.length > 0 },
  });
  return node;
};

export async function changeLinks(
  ctx: Context,
  label: WritableLabel,
  sel: Selection,
  input: LinkInput,
  mode: 'link' | 'unlink',
  requestId: string = randomUUID(),
) {
  requireWriter(ctx, `Linking a ${label}`);
  const lists = linkLists(label, input);
  if (!Object.values(lists).some((ids) => ids.length))
    throw badInput(`Name at least one of ${Object.keys(RECORDS[label].links).join(', ')} to ${mode}`, 'input');
  const p = new Params({ props: {} });
  const { node } = await runWrite(ctx, {
    statement: 'mutations/change',
    action: mode === 'link' ? 'LINK' : 'UNLINK',
    label,
    id: input.id,
    version: input.version,
    requestId,
    p,
    slots: {
      missing: missingExpr(label, lists, p),
      links: linkClauses(label, lists, p, mode, input.basis ?? undefined),
      node: project(RECORDS[label].type, 'n', sel, p),
    },
  });
  return node;
}

/** Hides the record from every read; history and purge still find it. Returns the Change. */
export async function archiveRecord(ctx: Context, input: ArchiveInput, requestId: string = randomUUID()) {
  requireWriter(ctx, `Archiving a ${input.label}`);
  const { change } = await runWrite(ctx, {
    statement: 'mutations/change',
    action: 'ARCHIVE',
    label: input.label,
    id: input.id,
    version: input.version,
    requestId,
    p: new Params({ props: {} }),
    flags: { archive: true },
    slots: { change: changeProjection('change') },
  });
  return change;
}
