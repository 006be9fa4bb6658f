// Lint: typescript-eslint's recommended rules over the TypeScript sources, tests, bench and the browser
// scripts; Prettier owns layout (npm run lint runs both, and knip for unused files and exports).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.neo4j/**', '.neo4j-bench/**', 'coverage/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Express's Request/Locals are augmented through its global namespace.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // Control characters are matched on purpose: to escape them or to drop what XML cannot hold.
      'no-control-regex': 'off',
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['counter'] }],
    },
  },
  // Tests read GraphQL answers whose shape the assertion itself checks.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // The workspace's client (web/): browser code, bundled by Vite.
  { files: ['web/src/**/*.{ts,tsx,js}'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['public/**/*.js'],
    languageOptions: {
      globals: {
        ...globals.browser,
        GraphiQL: 'readonly',
        React: 'readonly',
        ReactDOM: 'readonly',
      },
    },
  },
);
