// history(id): a record's changes for editors and admins (see mutations/history.ts).
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { history } from '../mutations/history.js';
import { pageSize } from '../pagination.js';
import { Change, RecordLabel } from '../types/change.type.js';

@Resolver()
export class HistoryResolver {
  @Query(() => [Change], { description: 'Editors and admins: changes to a record (also a purged one), newest first' })
  history(
    @Arg('id', () => ID) id: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('label', () => RecordLabel, { nullable: true, description: 'Only this kind (ids are unique per kind)' })
    label: RecordLabel | null,
    @Ctx() ctx: Context,
  ) {
    return history(ctx, id, pageSize(first), label ?? null);
  }
}
