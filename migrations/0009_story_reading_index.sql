-- 0009: finding the stories still to be read without reading every story.
--
-- `story.analyzed_with` (0003) was added at the end of each row, after the
-- body, so asking which stories this analyzer has not read yet made SQLite
-- walk every story's text: about 0.2 s on a library of 100,000 stories, done
-- twice at every start (how many, then which first) while the window waited
-- for its first page. An index on the version answers both from a few pages.
-- It costs an index entry per story, updated when a story is read.
CREATE INDEX story_by_reading ON story (analyzed_with);
