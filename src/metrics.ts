// Prometheus metrics: one registry per process, served at GET /metrics.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const graphqlOperations = new Counter({
  name: 'graphql_operations_total',
  help: 'GraphQL operations executed, by type and outcome',
  labelNames: ['type', 'outcome'] as const,
  registers: [registry],
});

export const cypherStatements = new Counter({
  name: 'cypher_statements_total',
  help: 'Cypher statements sent to Neo4j, by named query and access mode',
  labelNames: ['query', 'mode'] as const,
  registers: [registry],
});

export const cypherDuration = new Histogram({
  name: 'cypher_statement_duration_seconds',
  help: 'Time from sending a Cypher statement to having all its records',
  labelNames: ['query'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});
