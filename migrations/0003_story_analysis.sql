-- 0003: what Attaché reads in each story: its quotes and its check-worthy
-- claims, kept so that the Quotes section and the CLI can list them across
-- the whole library without reading every story again.
--
-- These rows are derived from the story body and are rewritten whenever the
-- body changes. What the editor decides about them is kept apart, in the
-- correction tables below, so that it survives every re-analysis.

-- The analyzer version that produced a story's quotes and claims; 0 for
-- stories never analysed (all stories of a library made before this file).
-- A newer analyzer re-reads stories whose version is older.
ALTER TABLE story ADD COLUMN analyzed_with INTEGER NOT NULL DEFAULT 0;

CREATE TABLE quote (
    id        INTEGER PRIMARY KEY,
    story_id  INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    -- Character offsets of the words inside the marks in the story text
    -- (headline, newline, body), as `attache analyze` reports them.
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    -- The speaker as the analyzer read it: a full name or organization, or
    -- NULL when the text does not make it clear.
    speaker   TEXT,
    cue       TEXT,
    kind      TEXT NOT NULL CHECK (kind IN ('quote', 'fragment'))
);
CREATE INDEX quote_by_story ON quote (story_id, start);
CREATE INDEX quote_by_speaker ON quote (speaker COLLATE NOCASE);

CREATE TABLE claim (
    id        INTEGER PRIMARY KEY,
    story_id  INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('ordinal', 'figure', 'superlative', 'comparison')),
    -- For an "Nth visit" claim: {"official", "n", "scope", "since"} as JSON.
    ordinal   TEXT
);
CREATE INDEX claim_by_story ON claim (story_id, start);

-- The editor's word on who said a quote, found again by the quoted words:
-- offsets move when the story is edited, the words rarely do.
CREATE TABLE quote_speaker_fix (
    story_id  INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    text      TEXT NOT NULL,
    -- NULL when the editor says no one can be named.
    speaker   TEXT,
    fixed_at  TEXT NOT NULL,
    PRIMARY KEY (story_id, text)
) WITHOUT ROWID;

-- Claims the editor dismissed as not worth checking, by their sentence.
CREATE TABLE claim_dismissal (
    story_id      INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    dismissed_at  TEXT NOT NULL,
    PRIMARY KEY (story_id, text)
) WITHOUT ROWID;
