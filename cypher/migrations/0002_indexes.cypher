// Visibility is checked on every read; languages pick translations; levels filter spaces.
CREATE INDEX message_visibility IF NOT EXISTS FOR (n:Message) ON (n.visibility);
CREATE INDEX space_level IF NOT EXISTS FOR (n:Space) ON (n.level);
CREATE INDEX text_lang IF NOT EXISTS FOR (n:Text) ON (n.lang);
CREATE INDEX change_subject IF NOT EXISTS FOR (n:Change) ON (n.subjectId);
CREATE INDEX apikey_label IF NOT EXISTS FOR (n:ApiKey) ON (n.label);
