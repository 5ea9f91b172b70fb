-- 0008: the editor's word on where a quote begins and ends. The analyzer can
-- cut a quote short or run it on (an unterminated quote, a quotation that
-- continues over paragraphs); the editor moves its boundaries, and the move
-- must hold when the story is read again.
--
-- Like the speaker fixes of 0003, a move is found again by words, not
-- offsets: offsets shift with every edit above the quote, words rarely do.
-- `analyzed` is the quote as the analyzer reads it; `words` is the span the
-- editor chose, located again around the analyzer's quote at each reading.
-- When the editor's words are no longer in the story, the move lapses and
-- the analyzer's quote stands.
CREATE TABLE quote_bounds_fix (
    story_id  INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    analyzed  TEXT NOT NULL,
    words     TEXT NOT NULL,
    fixed_at  TEXT NOT NULL,
    PRIMARY KEY (story_id, analyzed)
) WITHOUT ROWID;
