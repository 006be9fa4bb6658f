// Connections come from Cypher as {first, rows (first + 1 of them), total}; edges and pageInfo are shaped here.
import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { encodeCursor, type RawConnection } from '../pagination.js';
import { MessageConnection, PageInfo, SharedMessageConnection } from '../types/entities.type.js';

function edges(c: RawConnection) {
  return c.rows.slice(0, c.first).map((r) => ({ __raw: true, cursor: encodeCursor(r.key), node: r.node, matchedThemes: r.matched ?? [] }));
}

function pageInfo(c: RawConnection): PageInfo & { __raw: true } {
  const shown = c.rows.slice(0, c.first);
  return { __raw: true, hasNextPage: c.rows.length > c.first, endCursor: shown.length ? encodeCursor(shown[shown.length - 1].key) : undefined };
}

@Resolver(() => MessageConnection)
export class MessageConnectionFields {
  @FieldResolver() edges(@Root() c: RawConnection) { return edges(c); }
  @FieldResolver(() => PageInfo) pageInfo(@Root() c: RawConnection) { return pageInfo(c); }
  @FieldResolver(() => Int) totalCount(@Root() c: RawConnection) { return c.total ?? 0; }
}

@Resolver(() => SharedMessageConnection)
export class SharedMessageConnectionFields {
  @FieldResolver() edges(@Root() c: RawConnection) { return edges(c); }
  @FieldResolver(() => PageInfo) pageInfo(@Root() c: RawConnection) { return pageInfo(c); }
  @FieldResolver(() => Int) totalCount(@Root() c: RawConnection) { return c.total ?? 0; }
}
