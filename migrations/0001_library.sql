-- 0001: the first Attaché library.
--
-- A library is one SQLite file per desk. Editors depend on it daily, so this
-- file never changes once released: every later change to the schema is a new
-- numbered file beside it, applied in order inside one transaction.
--
-- Dates are ISO-8601 text (YYYY-MM-DD for calendar dates, RFC 3339 for
-- instants) so that they sort correctly in SQL and read the same in Rust,
-- TypeScript and the sqlite3 shell.

-- A story is a news article the editor keeps. The body is plain text: imported
-- HTML is reduced to text before it is stored, so nothing from an article can
-- ever run in the app.
CREATE TABLE story (
    id          INTEGER PRIMARY KEY,
    headline    TEXT NOT NULL CHECK (length(trim(headline)) > 0),
    outlet      TEXT,
    byline      TEXT,
    -- Calendar date of publication; news wording ("on Monday") is read against it.
    published   TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    url         TEXT,
    -- The URL without scheme, "www.", query tracking, fragment or trailing
    -- slash, so the same article linked two ways is found as one.
    url_key     TEXT,
    -- SHA-256 of the body after Unicode and whitespace normalization: the same
    -- article pasted twice, or imported from .txt and .html, has the same key.
    body_key    TEXT NOT NULL,
    -- Where the story came from (an imported file's name), kept for provenance.
    origin      TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    -- Not NULL while the story is in the trash. Deleting is a soft delete so an
    -- editor's slip costs nothing; only emptying the trash removes rows.
    deleted_at  TEXT,
    -- The body comes last: it is long, and SQLite reads a row's columns in
    -- order, so every column before it stays cheap to read when listing and
    -- filtering thousands of stories.
    body        TEXT NOT NULL
);

-- Duplicate detection at import looks stories up by URL and by body key.
CREATE INDEX story_by_url_key ON story (url_key) WHERE url_key IS NOT NULL;
CREATE INDEX story_by_body_key ON story (body_key);
-- The story list (and its count) reads stories in or out of the trash,
-- newest first: this index answers both without touching the rows, whose
-- bodies make a full scan of a large library slow.
CREATE INDEX story_listing ON story (deleted_at, published DESC, id DESC);
CREATE INDEX story_by_outlet ON story (outlet COLLATE NOCASE);

-- Tags are free words an editor puts on stories ("gaza", "to check").
CREATE TABLE story_tag (
    story_id  INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    tag       TEXT NOT NULL CHECK (length(trim(tag)) > 0),
    PRIMARY KEY (story_id, tag)
) WITHOUT ROWID;
CREATE INDEX story_tag_by_tag ON story_tag (tag);

-- Every save keeps the state it replaced, whole, so any earlier version of a
-- story can be read and restored. Rows here are only ever inserted (and go
-- with their story when the trash is emptied).
CREATE TABLE story_revision (
    id         INTEGER PRIMARY KEY,
    story_id   INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    -- 1 for the first state replaced, counting up per story.
    number     INTEGER NOT NULL,
    headline   TEXT NOT NULL,
    outlet     TEXT,
    byline     TEXT,
    published  TEXT,
    url        TEXT,
    -- The tags as a JSON array of strings, as they were at that time.
    tags       TEXT NOT NULL DEFAULT '[]',
    body       TEXT NOT NULL,
    -- When this state was replaced by a save.
    saved_at   TEXT NOT NULL,
    UNIQUE (story_id, number)
);
