-- 0005: primary sources (transcripts, statements, readouts, releases,
-- interviews) that reported quotes are checked against, and the editor's
-- verification of each quote, kept as an append-only history.

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    -- Who issued it: "U.S. Department of State", "Office of the President".
    issuer      TEXT,
    date        TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    url         TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('transcript', 'statement', 'readout', 'release', 'interview', 'other')),
    -- The text quotes are aligned against; spans are character offsets into it.
    body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
    -- The file it was imported from, or NULL when pasted.
    origin      TEXT,
    created_at  TEXT NOT NULL
);

-- Sources are searched like stories (the search box, and the library-wide
-- search for the passage a quote came from).
CREATE VIRTUAL TABLE source_search USING fts5(
    title, body, content = 'source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER source_search_insert AFTER INSERT ON source BEGIN
    INSERT INTO source_search (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER source_search_delete AFTER DELETE ON source BEGIN
    INSERT INTO source_search (source_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER source_search_update AFTER UPDATE OF title, body ON source BEGIN
    INSERT INTO source_search (source_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO source_search (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- The speaker turns of a transcript ("SECRETARY BLINKEN:"), by character
-- offsets into the body; derived from the body when the source is stored.
CREATE TABLE source_turn (
    source_id  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    label      TEXT NOT NULL,
    PRIMARY KEY (source_id, start)
) WITHOUT ROWID;

-- Every status the editor gives a quote, with who and when. Quotes are found
-- again by their story and words (offsets move when a story is edited). Rows
-- are never changed: the trigger below refuses updates, so the history an
-- editor reads is the history that happened.
CREATE TABLE quote_status (
    id          INTEGER PRIMARY KEY,
    story_id    INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    quote_text  TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('unverified', 'verified', 'disputed', 'misquoted')),
    note        TEXT NOT NULL DEFAULT '',
    -- The source and verdict the editor had in front of them, if any.
    source_id   INTEGER REFERENCES source (id),
    verdict     TEXT CHECK (verdict IS NULL OR verdict IN ('exact', 'minor', 'altered', 'absent')),
    author      TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX quote_status_by_quote ON quote_status (story_id, quote_text, id);
CREATE TRIGGER quote_status_is_append_only BEFORE UPDATE ON quote_status BEGIN
    SELECT RAISE(ABORT, 'the quote status history is append-only');
END;

-- The editor's preferences, such as their name for the histories above.
CREATE TABLE preference (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
