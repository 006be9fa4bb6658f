// A root field declared from data (one per kind, one per list) as the decorators would declare a method: its
// arguments first (`@Args` or `@Arg`), then `@Ctx` and `@Info`, under `@Query` or `@Mutation`.
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info } from 'type-graphql';
import type { Context } from '../context.js';

type Resolve = (args: object, ctx: Context, info: GraphQLResolveInfo) => unknown;

export function declareRootField(
  prototype: object,
  name: string,
  resolve: Resolve,
  args: (prototype: object, name: string, index: number) => void,
  field: MethodDecorator,
): void {
  Object.defineProperty(prototype, name, { value: resolve, writable: true, configurable: true });
  args(prototype, name, 0);
  Ctx()(prototype, name, 1);
  Info()(prototype, name, 2);
  field(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
}
