// Nothing reads these two indexes since search moved to the per-language indexes (0008, then 0012), yet every write
// of a theme's or a space's text updated them.
DROP INDEX theme_text IF EXISTS;
DROP INDEX space_text IF EXISTS;
