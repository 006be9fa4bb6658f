// Search asks the indexes for the best texts a reader may find (issue 13, flat to a million): the same five
// indexes as 0008, each also holding Text.scope (src/model/scope.ts, filled by migration 0011), so a query can
// keep to the visible texts of the kinds and language asked before Lucene picks its best hits.
DROP INDEX text_french IF EXISTS;
DROP INDEX text_english IF EXISTS;
DROP INDEX text_russian IF EXISTS;
DROP INDEX text_spanish IF EXISTS;
DROP INDEX text_words IF EXISTS;
CREATE FULLTEXT INDEX search_french IF NOT EXISTS FOR (t:FrenchText) ON EACH [t.folded, t.scope] OPTIONS { indexConfig: { `fulltext.analyzer`: 'french', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX search_english IF NOT EXISTS FOR (t:EnglishText) ON EACH [t.folded, t.scope] OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX search_russian IF NOT EXISTS FOR (t:RussianText) ON EACH [t.folded, t.scope] OPTIONS { indexConfig: { `fulltext.analyzer`: 'russian', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX search_spanish IF NOT EXISTS FOR (t:SpanishText) ON EACH [t.folded, t.scope] OPTIONS { indexConfig: { `fulltext.analyzer`: 'spanish', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX search_words IF NOT EXISTS FOR (t:Text) ON EACH [t.folded, t.scope] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
