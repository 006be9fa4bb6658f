// Search in the users' languages (src/search/): one full-text index per language analyser over the texts labelled
// with it by migration 0007 and every write path (elision, plurals, stemming), and one over every text for exact
// words in any language. All read Text.folded, so accents are folded as the query words are.
CREATE FULLTEXT INDEX text_french IF NOT EXISTS FOR (t:FrenchText) ON EACH [t.folded] OPTIONS { indexConfig: { `fulltext.analyzer`: 'french', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX text_english IF NOT EXISTS FOR (t:EnglishText) ON EACH [t.folded] OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX text_russian IF NOT EXISTS FOR (t:RussianText) ON EACH [t.folded] OPTIONS { indexConfig: { `fulltext.analyzer`: 'russian', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX text_spanish IF NOT EXISTS FOR (t:SpanishText) ON EACH [t.folded] OPTIONS { indexConfig: { `fulltext.analyzer`: 'spanish', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX text_words IF NOT EXISTS FOR (t:Text) ON EACH [t.folded] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
