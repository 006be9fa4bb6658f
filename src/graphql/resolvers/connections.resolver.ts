// Connections come from Cypher as {first, after, rows (first + 1 of them), total}; edges and pageInfo are shaped here.
import { FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import { encodeCursor, type RawConnection } from '../pagination.js';
import { BROWSE_CONNECTIONS } from '../types/browse.type.js';
import { PageInfo } from '../types/connection.type.js';
import { MessageConnection, SharedMessageConnection } from '../types/entities.type.js';

function edges(c: RawConnection) {
  return c.rows.slice(0, c.first).map((r) => ({
    __raw: true,
    cursor: encodeCursor(r.key),
    node: r.node,
    matchedThemes: r.matched ?? [],
    matchedThemeLinks: r.matchedLinks ?? [],
  }));
}

export function pageInfo(c: Pick<RawConnection, 'first' | 'rows' | 'after'>): PageInfo & { __raw: true } {
  const shown = c.rows.slice(0, c.first);
  const cursor = (i: number) => (shown.length ? encodeCursor(shown[i].key) : undefined);
  // Pages go forward only: a page asked after a cursor has one before it (Relay lets forward pages say so or not).
  return {
    __raw: true,
    hasNextPage: c.rows.length > c.first,
    hasPreviousPage: Boolean(c.after),
    startCursor: cursor(0),
    endCursor: cursor(shown.length - 1),
  };
}

/** The field resolvers of one connection type (every connection is shaped the same way). */
function connectionFields(type: ClassType) {
  @Resolver(() => type)
  class ConnectionFields {
    @FieldResolver() edges(@Root() c: RawConnection) {
      return edges(c);
    }
    @FieldResolver(() => PageInfo) pageInfo(@Root() c: RawConnection) {
      return pageInfo(c);
    }
    @FieldResolver(() => Int) totalCount(@Root() c: RawConnection) {
      return c.total ?? 0;
    }
  }
  return ConnectionFields;
}

export const CONNECTION_RESOLVERS = [
  MessageConnection,
  SharedMessageConnection,
  ...Object.values(BROWSE_CONNECTIONS),
].map(connectionFields);
