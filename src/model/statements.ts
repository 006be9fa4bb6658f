// Statements made of one template per label or per type (cypher/graph-data/upsert.cypher, merge.cypher).
// Neo4j 5.26 plans dynamic labels and types ($(…)) as scans instead of seeks in the id constraint's index,
// so the label or type, from the model's closed set and never from a request, is written into the text
// when the registry loads (src/db/cypher-registry.ts).
import { LABELS, REL_TYPE_NAMES, textLabel, type Label, type RelType } from './derived.js';
import { scopeClause } from './scope.js';
import { TALLIED_LINK, tallyClause } from './tally.js';

export const upsertStatement = (label: Label) => `graph-data/upsert-${label.toLowerCase()}`;
export const mergeStatement = (type: RelType) => `graph-data/merge-${type.toLowerCase().replace(/_/g, '-')}`;
export const FIND_NODES = 'graph-data/find-nodes';

/** Template name to its instances: statement name and slot values. */
export const TEMPLATE_INSTANCES: Readonly<Record<string, ReadonlyArray<readonly [string, Record<string, string>]>>> = {
  // tally: the counts of src/model/tally.ts follow what an import or the seed writes to a message or its links;
  // scope: who may find a record's texts (src/model/scope.ts) follows its visibility.
  'graph-data/upsert': LABELS.map(
    (label) =>
      [
        upsertStatement(label),
        {
          label,
          textLabel: textLabel(label),
          tally: label === 'Message' ? tallyClause('n') : '',
          scope: scopeClause('n'),
        },
      ] as const,
  ),
  'graph-data/merge': REL_TYPE_NAMES.map(
    (type) => [mergeStatement(type), { type, tally: type === TALLIED_LINK ? tallyClause('a') : '' }] as const,
  ),
  'translations/import': [['translations/import', { scope: scopeClause('n') }]],
};
