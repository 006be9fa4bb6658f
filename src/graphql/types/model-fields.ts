// The model's scalar properties (src/model/kinds.ts) as GraphQL fields, declared on the classes here rather than
// by hand: on an object type, on a create input (required unless the model says optional) and on an update
// input (all optional), each input field checked by the property's own rule.
import { IsOptional } from 'class-validator';
import { Field, Int } from 'type-graphql';
import { propsOf, type EnumSpec, type Label } from '../../model/derived.js';
import { modelEnum } from './enums.js';
import { FollowsRule } from './rules.js';

const SCALARS = { String: () => String, Int: () => Int };

export function declareModelFields(
  target: abstract new () => object,
  label: Label,
  use: 'object' | 'create' | 'update',
): void {
  for (const [key, prop] of Object.entries(propsOf(label))) {
    const nullable = use === 'update' || Boolean(prop.optional) || (use === 'object' && Boolean(prop.nullable));
    const description = use === 'object' ? prop.description : use === 'create' ? prop.inputDescription : undefined;
    const type = typeof prop.graphql === 'string' ? SCALARS[prop.graphql] : () => modelEnum(prop.graphql as EnumSpec);
    Field(type, { nullable, ...(description ? { description } : {}) })(target.prototype, key);
    if (use === 'object') continue;
    if (nullable) IsOptional()(target.prototype, key);
    FollowsRule(prop.rule)(target.prototype, key);
  }
}
