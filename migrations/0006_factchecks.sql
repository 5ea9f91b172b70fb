-- 0006: the fact-check log. A fact-check is about one claim; it carries a
-- verdict on the newsroom's rating scale, a summary, evidence, and a place in
-- the workflow (open, in review, verified, published, or dropped). Nothing
-- is ever lost: every change is an event in an append-only log that keeps
-- the value before and after, so every earlier verdict and summary survives.

-- The rating scale, editable by the newsroom. `value` is the number a
-- ClaimReview's reviewRating carries (1 worst to 5 best, or none), and
-- `alternate_name` its alternateName.
CREATE TABLE rating (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    value           INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
    alternate_name  TEXT NOT NULL,
    position        INTEGER NOT NULL
);
INSERT INTO rating (name, value, alternate_name, position) VALUES
    ('True', 5, 'True', 1),
    ('Mostly true', 4, 'Mostly true', 2),
    ('Half true', 3, 'Half true', 3),
    ('Mostly false', 2, 'Mostly false', 4),
    ('False', 1, 'False', 5),
    ('Misleading', 2, 'Misleading', 6),
    ('Unverifiable', NULL, 'Unverifiable', 7);

CREATE TABLE factcheck (
    id             INTEGER PRIMARY KEY,
    claim          TEXT NOT NULL CHECK (length(trim(claim)) > 0),
    -- Who made the claim, as a name.
    claimant       TEXT,
    -- Where it appeared: a story of the library (kept if the story goes),
    -- and the URL and date of its appearance.
    story_id       INTEGER REFERENCES story (id) ON DELETE SET NULL,
    appeared_url   TEXT,
    appeared_date  TEXT CHECK (appeared_date IS NULL OR appeared_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- The quote or claim sentence of that story it was started from.
    origin_text    TEXT,
    status         TEXT NOT NULL DEFAULT 'open'
                   CHECK (status IN ('open', 'in_review', 'verified', 'published', 'dropped')),
    rating_id      INTEGER REFERENCES rating (id),
    summary        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX factcheck_by_status ON factcheck (status, updated_at);

-- What backs a verdict: a source passage, a quote verification, a travel
-- record check, a URL or a note; `reference` holds the item's identifiers
-- as JSON and `shows` says in words what it shows.
CREATE TABLE factcheck_evidence (
    id            INTEGER PRIMARY KEY,
    factcheck_id  INTEGER NOT NULL REFERENCES factcheck (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('source', 'verification', 'travel_check', 'url', 'note')),
    reference     TEXT,
    shows         TEXT NOT NULL,
    added_at      TEXT NOT NULL
);

-- Who changed what and when. Rows are never changed (the trigger refuses):
-- `before` and `after` keep every earlier verdict, summary and status.
CREATE TABLE factcheck_event (
    id            INTEGER PRIMARY KEY,
    factcheck_id  INTEGER NOT NULL REFERENCES factcheck (id) ON DELETE CASCADE,
    at            TEXT NOT NULL,
    author        TEXT NOT NULL,
    field         TEXT NOT NULL CHECK (field IN ('created', 'status', 'verdict', 'summary', 'evidence')),
    before        TEXT,
    after         TEXT
);
CREATE INDEX factcheck_event_by_check ON factcheck_event (factcheck_id, id);
CREATE TRIGGER factcheck_event_is_append_only BEFORE UPDATE ON factcheck_event BEGIN
    SELECT RAISE(ABORT, 'the fact-check history is append-only');
END;
