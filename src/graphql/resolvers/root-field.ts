// Root fields declared from data (one per kind, one per list, one per function of queries/) as the decorators
// would declare a method: its arguments first (`@Args` or `@Arg`), then `@Ctx` and `@Info`, under `@Query` or
// `@Mutation`.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query } from 'type-graphql';
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

/** What a root field answers: `() => Type` or `() => [Type]`, as `@Query` takes it. */
type Returns = Parameters<typeof Query>[0];

/** A root query that hands its arguments (an instance of `args`) to one function, and the type it answers. */
export interface ArgsQuery {
  args: new () => object;
  returns: Returns;
  run: (ctx: Context, info: GraphQLResolveInfo, args: object) => unknown;
}

/** An ArgsQuery, `run` checked against the arguments class. */
export const argsQuery = <A extends object>(
  args: new () => A,
  returns: Returns,
  run: (ctx: Context, info: GraphQLResolveInfo, args: A) => unknown,
): ArgsQuery => ({ args, returns, run: run as ArgsQuery['run'] });

/** Declares each query on the resolver class whose prototype is given, with its description. */
export function declareArgsQueries<F extends string>(
  prototype: object,
  queries: Record<F, ArgsQuery>,
  descriptions: Record<F, string>,
): void {
  for (const name of Object.keys(queries) as F[]) {
    const { args, returns, run } = queries[name];
    const resolve = (given: object, ctx: Context, info: GraphQLResolveInfo) => run(ctx, info, given);
    declareRootField(
      prototype,
      name,
      resolve,
      Args(() => args),
      Query(returns, { description: descriptions[name] }),
    );
  }
}
