// A whole pack for downloads, the CLI and the benchmark: the GraphQL field's own argument checks and
// statement, without GraphQL (a fixed, bounded selection has nothing for the query-cost limit to judge).
import 'reflect-metadata';
import { validate } from 'class-validator';
import { badInput } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { briefingPack } from '../graphql/queries/briefing-pack.js';
import { BriefingPackArgs } from '../graphql/types/briefing.type.js';
import type { BriefingPack } from '../briefing/pack.js';

export interface PackRequest {
  themes: string[];
  place?: string | null;
  language?: string | null;
  recordOnly?: boolean;
}

export async function makePack(ctx: Context, request: PackRequest): Promise<BriefingPack> {
  const args = Object.assign(new BriefingPackArgs(), request);
  const issues = await validate(args, { forbidUnknownValues: false });
  if (issues.length) {
    const fields = issues.flatMap((i) =>
      Object.values(i.constraints ?? {}).map((message) => ({ field: i.property, message })),
    );
    throw badInput(`Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, issues[0].property, {
      fields,
    });
  }
  return briefingPack(ctx, args);
}
