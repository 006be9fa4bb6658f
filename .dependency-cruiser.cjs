// The layers of src/, each importing only those before it (tests/unit/layers.test.ts runs this):
//   domain (model, viewer, rules, i18n catalogues; config, errors, logger, metrics) <- database (db/) <- services
//   (briefing, graph-data, import-export, translations, auth, shared) <- adapters (graphql, http, cli, limits, server, main).
const DOMAIN = '^src/(domain|model|i18n)/|^src/(config|errors|logger|metrics)[.]ts$';
const DATABASE = '^src/db/';
const SERVICES = '^src/(briefing|graph-data|import-export|translations|auth|shared|history|search)/';
const ADAPTERS = '^src/(graphql|http|cli|limits)/|^src/(server|main)[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'modules that import each other',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-domain-only',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: [DATABASE, SERVICES, ADAPTERS] },
    },
    {
      name: 'database-below-services',
      severity: 'error',
      from: { path: DATABASE },
      to: { path: [SERVICES, ADAPTERS] },
    },
    { name: 'services-below-adapters', severity: 'error', from: { path: SERVICES }, to: { path: ADAPTERS } },
    {
      name: 'cli-not-server-wiring',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/(server|main)[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
