// Full-text search over every language of a text; 'standard-folding' folds accents (preservatifs finds préservatifs).
CREATE FULLTEXT INDEX message_text IF NOT EXISTS FOR (t:MessageText) ON EACH [t.value] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX theme_text IF NOT EXISTS FOR (t:ThemeText) ON EACH [t.value] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX space_text IF NOT EXISTS FOR (t:SpaceText) ON EACH [t.value] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
