-- 0014: the team library's outbox, so that a desk loses no change it makes offline.
--
-- A desk joined to a team library (issue "Team library") records every change
-- to a shared row in `team_outbox`, in the same transaction as the change:
-- triggers, rather than SQLite's session extension, because every writer of
-- the library (the app, the CLI, restore) then records its changes without
-- knowing about the team, a change and its record commit or roll back
-- together, and pulled changes are kept out of the outbox by one flag
-- (`team_desk.applying`) instead of a session each connection must open.
-- The outbox holds which row changed and when (a hybrid logical clock in
-- milliseconds, `team_desk.clock`), not the row: a push reads each row as it
-- is then, and sends the fields that differ from `team_base`, what the desk
-- and the server last agreed on. A desk that has not joined a team (no row
-- in `team_desk`) records nothing.
--
-- Shared: stories (with their tags), revisions, sources, the rating scale,
-- fact-checks with their history and evidence, the editor's quote statuses,
-- speaker fixes, moved bounds and dismissed claims. Readings and the search
-- index are rebuilt on each desk, never shared.

-- The desk's membership of a team library: one row while joined.
CREATE TABLE team_desk (
    one        INTEGER PRIMARY KEY CHECK (one = 1),
    -- This desk's id (a UUIDv7), unique across the newsroom.
    desk       TEXT NOT NULL,
    -- The server's connection address without its password, and the team
    -- library's id there.
    server     TEXT NOT NULL,
    library    TEXT NOT NULL,
    -- The server's change sequence this desk has applied up to.
    pulled     INTEGER NOT NULL DEFAULT 0,
    -- The hybrid logical clock: the latest millisecond issued or seen.
    clock      INTEGER NOT NULL DEFAULT 0,
    -- 1 while pulled changes are applied, so that they are not recorded again.
    applying   INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
    last_sync  TEXT
);

-- Which shared row changed, in order; removed once the server has it.
CREATE TABLE team_outbox (
    seq  INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl  TEXT NOT NULL,
    uid  TEXT NOT NULL,
    hlc  INTEGER NOT NULL
);
CREATE INDEX team_outbox_row ON team_outbox (tbl, uid);

-- What the desk and the server last agreed each field of a shared row was:
-- JSON {column: [hash of the value, clock, desk]}.
CREATE TABLE team_base (
    tbl     TEXT NOT NULL,
    uid     TEXT NOT NULL,
    fields  TEXT NOT NULL,
    PRIMARY KEY (tbl, uid)
) WITHOUT ROWID;

-- Two desks changed the same field while apart: the later change is current,
-- the other is kept here until an editor resolves it.
CREATE TABLE team_conflict (
    id            INTEGER PRIMARY KEY,
    tbl           TEXT NOT NULL,
    uid           TEXT NOT NULL,
    field         TEXT NOT NULL,
    -- The values as JSON, with who wrote each and when (the clock, ms).
    kept          TEXT,
    kept_author   TEXT NOT NULL,
    kept_clock    INTEGER NOT NULL,
    other         TEXT,
    other_author  TEXT NOT NULL,
    other_clock   INTEGER NOT NULL,
    found_at      TEXT NOT NULL,
    resolved_at   TEXT,
    -- 'kept' or 'other': which value the editor chose.
    resolution    TEXT CHECK (resolution IS NULL OR resolution IN ('kept', 'other'))
);

-- story
CREATE TRIGGER story_team_insert AFTER INSERT ON story WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'story', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER story_team_update AFTER UPDATE OF headline, outlet, byline, published, url, url_key, body_key, origin, created_at, updated_at, deleted_at, body, uid, author ON story WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'story', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER story_team_delete AFTER DELETE ON story WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'story', OLD.uid, clock FROM team_desk;
END;

-- story_revision
CREATE TRIGGER story_revision_team_insert AFTER INSERT ON story_revision WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'story_revision', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER story_revision_team_update AFTER UPDATE OF story_id, number, headline, outlet, byline, published, url, tags, body, saved_at, uid, created_at, updated_at, author ON story_revision WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'story_revision', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER story_revision_team_delete AFTER DELETE ON story_revision WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'story_revision', OLD.uid, clock FROM team_desk;
END;

-- source
CREATE TRIGGER source_team_insert AFTER INSERT ON source WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'source', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER source_team_update AFTER UPDATE OF title, issuer, date, url, kind, body, origin, created_at, uid, updated_at, author ON source WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'source', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER source_team_delete AFTER DELETE ON source WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'source', OLD.uid, clock FROM team_desk;
END;

-- rating
CREATE TRIGGER rating_team_insert AFTER INSERT ON rating WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'rating', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER rating_team_update AFTER UPDATE OF name, value, alternate_name, position, uid, created_at, updated_at, author ON rating WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'rating', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER rating_team_delete AFTER DELETE ON rating WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'rating', OLD.uid, clock FROM team_desk;
END;

-- factcheck
CREATE TRIGGER factcheck_team_insert AFTER INSERT ON factcheck WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER factcheck_team_update AFTER UPDATE OF claim, claimant, story_id, appeared_url, appeared_date, origin_text, status, rating_id, summary, created_at, updated_at, uid, author ON factcheck WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER factcheck_team_delete AFTER DELETE ON factcheck WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck', OLD.uid, clock FROM team_desk;
END;

-- factcheck_event
CREATE TRIGGER factcheck_event_team_insert AFTER INSERT ON factcheck_event WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck_event', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER factcheck_event_team_update AFTER UPDATE OF factcheck_id, at, author, field, before, after, uid, created_at, updated_at ON factcheck_event WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck_event', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER factcheck_event_team_delete AFTER DELETE ON factcheck_event WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck_event', OLD.uid, clock FROM team_desk;
END;

-- factcheck_evidence
CREATE TRIGGER factcheck_evidence_team_insert AFTER INSERT ON factcheck_evidence WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck_evidence', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER factcheck_evidence_team_update AFTER UPDATE OF factcheck_id, kind, reference, shows, added_at, uid, created_at, updated_at, author ON factcheck_evidence WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck_evidence', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER factcheck_evidence_team_delete AFTER DELETE ON factcheck_evidence WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck_evidence', OLD.uid, clock FROM team_desk;
END;

-- quote_status
CREATE TRIGGER quote_status_team_insert AFTER INSERT ON quote_status WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_status', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER quote_status_team_update AFTER UPDATE OF story_id, quote_text, status, note, source_id, verdict, author, at, uid, created_at, updated_at, anchor, diff ON quote_status WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_status', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER quote_status_team_delete AFTER DELETE ON quote_status WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_status', OLD.uid, clock FROM team_desk;
END;

-- quote_speaker_fix
CREATE TRIGGER quote_speaker_fix_team_insert AFTER INSERT ON quote_speaker_fix WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_speaker_fix', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER quote_speaker_fix_team_update AFTER UPDATE OF story_id, anchor, text, speaker, fixed_at, uid, created_at, updated_at, author ON quote_speaker_fix WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_speaker_fix', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER quote_speaker_fix_team_delete AFTER DELETE ON quote_speaker_fix WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_speaker_fix', OLD.uid, clock FROM team_desk;
END;

-- quote_bounds_fix
CREATE TRIGGER quote_bounds_fix_team_insert AFTER INSERT ON quote_bounds_fix WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_bounds_fix', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER quote_bounds_fix_team_update AFTER UPDATE OF story_id, anchor, analyzed, words, fixed_at, uid, created_at, updated_at, author ON quote_bounds_fix WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_bounds_fix', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER quote_bounds_fix_team_delete AFTER DELETE ON quote_bounds_fix WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_bounds_fix', OLD.uid, clock FROM team_desk;
END;

-- claim_dismissal
CREATE TRIGGER claim_dismissal_team_insert AFTER INSERT ON claim_dismissal WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'claim_dismissal', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER claim_dismissal_team_update AFTER UPDATE OF story_id, text, dismissed_at, uid, created_at, updated_at, author ON claim_dismissal WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'claim_dismissal', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER claim_dismissal_team_delete AFTER DELETE ON claim_dismissal WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'claim_dismissal', OLD.uid, clock FROM team_desk;
END;

-- story_tag: a story's tags are a field of the story.
CREATE TRIGGER story_tag_team_insert AFTER INSERT ON story_tag WHEN (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'story', (SELECT uid FROM story WHERE id = NEW.story_id), clock FROM team_desk;
END;
CREATE TRIGGER story_tag_team_delete AFTER DELETE ON story_tag WHEN (SELECT applying = 0 FROM team_desk) AND (SELECT uid FROM story WHERE id = OLD.story_id) IS NOT NULL BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'story', (SELECT uid FROM story WHERE id = OLD.story_id), clock FROM team_desk;
END;
