-- 0007: person records. Each story's reading names people and organizations
-- ("Antony Blinken", "Hamas"); a person record gathers them across the whole
-- library, so that "Antony Blinken" in one story and "Antony J. Blinken" in
-- another can be one person, with all their quotes together.
--
-- A person is found again through the names it is written as. The editor's
-- merges and splits move names between records, and every reading looks
-- names up here, so those decisions survive re-analysis and edits.

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    -- The name shown for the record: the first full name it was found under,
    -- or the one the editor kept when merging.
    name          TEXT NOT NULL,
    organization  INTEGER NOT NULL DEFAULT 0 CHECK (organization IN (0, 1)),
    -- Set once the editor merged or split it: such a record is kept even
    -- when no story names it any more, since it holds the editor's work.
    edited        INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
    created_at    TEXT NOT NULL
);

-- Every way a person is written, each name belonging to one record. Case is
-- ignored: "Antony Blinken" and "ANTONY BLINKEN" are one name.
CREATE TABLE person_name (
    name       TEXT PRIMARY KEY COLLATE NOCASE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX person_name_by_person ON person_name (person_id);

-- Who each story names, with the titles it gives them. Derived from the
-- story's text like its quotes: rewritten whenever the story is read.
CREATE TABLE story_person (
    story_id   INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- The name as this story writes it.
    name       TEXT NOT NULL,
    -- JSON array of titles and roles ("US Secretary of State").
    titles     TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (story_id, name)
) WITHOUT ROWID;
CREATE INDEX story_person_by_person ON story_person (person_id);

-- The editor's merges and splits, kept as a record of who changed what.
CREATE TABLE person_event (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    author  TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    -- What changed, in words ("Antony J. Blinken merged into Antony Blinken").
    detail  TEXT NOT NULL
);
