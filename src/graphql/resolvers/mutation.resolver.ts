// Writes: thin resolvers over graphql/mutations/. Each mutation is one transaction whose checked write also
// projects the returned record (see mutations/write.ts); the history record commits with it. `once` gives each
// field its request id and, with an Idempotency-Key header, the claim of that key (mutations/idempotency.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { archiveRecord, changeLinks, updateRecord } from '../mutations/change.js';
import { createRecord } from '../mutations/create.js';
import { once } from '../mutations/idempotency.js';
import { changeOut } from '../mutations/history.js';
import { importDocument } from '../mutations/import-graph.js';
import { purgeRecord } from '../mutations/purge.js';
import type { WritableLabel } from '../mutations/records.js';
import { rootSelection } from '../projection/selection.js';
import { Change, ImportResult, RecordLabel } from '../types/change.type.js';
import {
  CreateEvidenceInput,
  CreateMessageInput,
  CreateOrganisationInput,
  CreatePlaceInput,
  CreateAdvocacySpaceInput,
  CreateThemeInput,
} from '../types/create.input.js';
import { AdvocacySpace, Evidence, Message, Organisation, Place, Theme } from '../types/entities.type.js';
import {
  ArchiveInput,
  LinkMessageInput,
  UpdateEvidenceInput,
  UpdateMessageInput,
  UpdateOrganisationInput,
  UpdatePlaceInput,
  UpdateAdvocacySpaceInput,
  UpdateThemeInput,
} from '../types/update.input.js';

type Info = GraphQLResolveInfo;
const EDITORS = { description: 'Editors and admins' };
function create(ctx: Context, info: Info, label: WritableLabel, type: string, input: object) {
  const o = once(ctx, info);
  return createRecord(o.ctx, label, rootSelection(info, type), input as never, o.requestId);
}
function update(ctx: Context, info: Info, label: WritableLabel, type: string, input: object) {
  const o = once(ctx, info);
  return updateRecord(o.ctx, label, rootSelection(info, type), input as never, o.requestId);
}
function links(ctx: Context, info: Info, input: LinkMessageInput, mode: 'link' | 'unlink') {
  const o = once(ctx, info);
  return changeLinks(o.ctx, 'Message', rootSelection(info, 'Message'), input, mode, o.requestId);
}

@Resolver()
export class MutationResolver {
  @Mutation(() => Message, EDITORS)
  createMessage(
    @Arg('input', () => CreateMessageInput) input: CreateMessageInput,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    return create(ctx, info, 'Message', 'Message', input);
  }

  @Mutation(() => Theme, EDITORS)
  createTheme(@Arg('input', () => CreateThemeInput) input: CreateThemeInput, @Ctx() ctx: Context, @Info() info: Info) {
    return create(ctx, info, 'Theme', 'Theme', input);
  }

  @Mutation(() => AdvocacySpace, EDITORS)
  createAdvocacySpace(
    @Arg('input', () => CreateAdvocacySpaceInput) input: CreateAdvocacySpaceInput,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    return create(ctx, info, 'Space', 'AdvocacySpace', input);
  }

  @Mutation(() => Place, EDITORS)
  createPlace(@Arg('input', () => CreatePlaceInput) input: CreatePlaceInput, @Ctx() ctx: Context, @Info() info: Info) {
    return create(ctx, info, 'Place', 'Place', input);
  }

  @Mutation(() => Organisation, EDITORS)
  createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    return create(ctx, info, 'Organisation', 'Organisation', input);
  }

  @Mutation(() => Evidence, EDITORS)
  createEvidence(
    @Arg('input', () => CreateEvidenceInput) input: CreateEvidenceInput,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    return create(ctx, info, 'Evidence', 'Evidence', input);
  }

  @Mutation(() => Message, { description: 'Editors and admins; translations are added or replaced by language' })
  updateMessage(
    @Arg('input', () => UpdateMessageInput) input: UpdateMessageInput,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    return update(ctx, info, 'Message', 'Message', input);
  }

  @Mutation(() => Theme, EDITORS)
  updateTheme(@Arg('input', () => UpdateThemeInput) input: UpdateThemeInput, @Ctx() ctx: Context, @Info() info: Info) {
    return update(ctx, info, 'Theme', 'Theme', input);
  }

  @Mutation(() => AdvocacySpace, EDITORS)
  updateAdvocacySpace(
    @Arg('input', () => UpdateAdvocacySpaceInput) input: UpdateAdvocacySpaceInput,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    return update(ctx, info, 'Space', 'AdvocacySpace', input);
  }

  @Mutation(() => Place, EDITORS)
  updatePlace(@Arg('input', () => UpdatePlaceInput) input: UpdatePlaceInput, @Ctx() ctx: Context, @Info() info: Info) {
    return update(ctx, info, 'Place', 'Place', input);
  }

  @Mutation(() => Organisation, EDITORS)
  updateOrganisation(
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    return update(ctx, info, 'Organisation', 'Organisation', input);
  }

  @Mutation(() => Evidence, EDITORS)
  updateEvidence(
    @Arg('input', () => UpdateEvidenceInput) input: UpdateEvidenceInput,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    return update(ctx, info, 'Evidence', 'Evidence', input);
  }

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
    return changeOut(await archiveRecord(o.ctx, { ...input, label: input.label as WritableLabel }, o.requestId));
  }

  @Mutation(() => Change, { description: 'Admins: deletes a record and its texts for good; its history stays' })
  async purge(
    @Arg('label', () => RecordLabel) label: RecordLabel,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: Info,
  ) {
    const o = once(ctx, info);
    return changeOut(await purgeRecord(o.ctx, label as WritableLabel, id, o.requestId));
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
