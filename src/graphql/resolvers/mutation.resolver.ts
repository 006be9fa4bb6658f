// Writes: thin resolvers over graphql/mutations/. Each mutation is one transaction whose checked write also
// projects the returned record (see mutations/write.ts); the history record commits with it. `once` gives each
// field its request id and, with an Idempotency-Key header, the claim of that key (mutations/idempotency.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { archiveRecord, changeLinks, updateRecord } from '../mutations/change.js';
import { createRecord } from '../mutations/create.js';
import { KINDS, WRITABLE } from '../../model/derived.js';
import { once } from '../mutations/idempotency.js';
import { changeOut } from '../mutations/history.js';
import { importDocument } from '../mutations/import-graph.js';
import { purgeRecord } from '../mutations/purge.js';
import { rootSelection } from '../projection/selection.js';
import { declareRootField } from './root-field.js';
import { Change, ImportResult, RecordLabel } from '../types/change.type.js';
import { CREATE_INPUTS } from '../types/create.input.js';
import * as types from '../types/entities.type.js';
import { Message } from '../types/entities.type.js';
import { ArchiveInput, LinkMessageInput, UPDATE_INPUTS } from '../types/update.input.js';

type Info = GraphQLResolveInfo;
const EDITORS = 'Editors and admins';
const DESCRIPTIONS: Partial<Record<string, string>> = {
  updateMessage: 'Editors and admins; translations are added or replaced by language',
};

/** createX and updateX for each kind the API writes, with its input (CreateXInput, UpdateXInput). */
function declareWrites(prototype: object): void {
  for (const label of WRITABLE) {
    const type = KINDS[label].graphql;
    for (const [verb, write, inputs] of [
      ['create', createRecord, CREATE_INPUTS],
      ['update', updateRecord, UPDATE_INPUTS],
    ] as const) {
      const name = `${verb}${type}`;
      const input = inputs[label];
      const method = (value: object, ctx: Context, info: Info) => {
        const o = once(ctx, info);
        return write(o.ctx, label, rootSelection(info, type), value as never, o.requestId);
      };
      const description = DESCRIPTIONS[name] ?? EDITORS;
      declareRootField(
        prototype,
        name,
        method,
        Arg('input', () => input),
        Mutation(() => types[type], { description }),
      );
    }
  }
}

function links(ctx: Context, info: Info, input: LinkMessageInput, mode: 'link' | 'unlink') {
  const o = once(ctx, info);
  return changeLinks(o.ctx, 'Message', rootSelection(info, 'Message'), input, mode, o.requestId);
}

@Resolver()
export class MutationResolver {
  @Mutation(() => Message, { description: 'Editors and admins: adds links to themes and spaces (existing ones stay)' })
  linkMessage(@Arg('input', () => LinkMessageInput) input: LinkMessageInput, @Ctx() ctx: Context, @Info() info: Info) {
    return links(ctx, info, input, 'link');
  }

  @Mutation(() => Message, { description: 'Editors and admins: removes links to themes and spaces' })
  unlinkMessage(
    @Arg('input', () => LinkMessageInput) input: LinkMessageInput,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    return links(ctx, info, input, 'unlink');
  }

  @Mutation(() => Change, { description: 'Editors and admins: hides a record from every read; its history stays' })
  async archive(@Arg('input', () => ArchiveInput) input: ArchiveInput, @Ctx() ctx: Context, @Info() info: Info) {
    const o = once(ctx, info);
    return changeOut(await archiveRecord(o.ctx, input, o.requestId));
  }

  @Mutation(() => Change, { description: 'Admins: deletes a record and its texts for good; its history stays' })
  async purge(
    @Arg('label', () => RecordLabel) label: RecordLabel,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    const o = once(ctx, info);
    return changeOut(await purgeRecord(o.ctx, label, id, o.requestId));
  }

  @Mutation(() => ImportResult, {
    description:
      'Admins: validates a graph document (the export format), then applies it all-or-nothing. Bound by the request body limit: use `npm run import` for large files',
  })
  // No class-validator on a JSON value: an inline literal is an object without a prototype, which it cannot read
  // (the document has its own validation, graph-data/document.ts).
  importGraph(
    @Arg('document', () => GraphQLJSON, { validate: false }) document: unknown,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return importDocument(ctx, document, dryRun);
  }
}
declareWrites(MutationResolver.prototype);
