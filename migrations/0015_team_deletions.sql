-- 0015: what a deletion takes with it stays on the server; rows that arrive
-- before what they belong to wait for it.
--
-- Found by the team library's randomized convergence test (issue "Team
-- library"): when a story deleted for good on one desk was kept because
-- another desk edited it (a deletion never loses an edit), its quote statuses
-- and revisions, deleted with it, were lost.
--
-- * A row deleted because what it belongs to was deleted (SQLite's cascade:
--   its parent is gone when its trigger runs) is no longer recorded as a
--   deletion of its own: the parent's deletion stands for it. The server keeps
--   such rows, and a parent that comes back brings them back.
-- * `team_orphan`: a row from the server whose parent is not on the desk waits
--   here (as the server sent it, JSON) and is applied once the parent comes.
-- * `team_refetch`: a row deleted here and brought back by another desk's edit
--   has lost what belonged to it here; the next pull asks the server for it.

CREATE TABLE team_orphan (
    tbl  TEXT NOT NULL,
    uid  TEXT NOT NULL,
    row  TEXT NOT NULL,
    PRIMARY KEY (tbl, uid)
) WITHOUT ROWID;

CREATE TABLE team_refetch (
    tbl  TEXT NOT NULL,
    uid  TEXT NOT NULL,
    PRIMARY KEY (tbl, uid)
) WITHOUT ROWID;

-- story_revision: deleted with its story, it is not a deletion of its own.
DROP TRIGGER story_revision_team_delete;
CREATE TRIGGER story_revision_team_delete AFTER DELETE ON story_revision
WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) AND EXISTS (SELECT 1 FROM story WHERE id = OLD.story_id) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'story_revision', OLD.uid, clock FROM team_desk;
END;

-- quote_status: deleted with its story, it is not a deletion of its own.
DROP TRIGGER quote_status_team_delete;
CREATE TRIGGER quote_status_team_delete AFTER DELETE ON quote_status
WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) AND EXISTS (SELECT 1 FROM story WHERE id = OLD.story_id) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_status', OLD.uid, clock FROM team_desk;
END;

-- quote_speaker_fix: deleted with its story, it is not a deletion of its own.
DROP TRIGGER quote_speaker_fix_team_delete;
CREATE TRIGGER quote_speaker_fix_team_delete AFTER DELETE ON quote_speaker_fix
WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) AND EXISTS (SELECT 1 FROM story WHERE id = OLD.story_id) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_speaker_fix', OLD.uid, clock FROM team_desk;
END;

-- quote_bounds_fix: deleted with its story, it is not a deletion of its own.
DROP TRIGGER quote_bounds_fix_team_delete;
CREATE TRIGGER quote_bounds_fix_team_delete AFTER DELETE ON quote_bounds_fix
WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) AND EXISTS (SELECT 1 FROM story WHERE id = OLD.story_id) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'quote_bounds_fix', OLD.uid, clock FROM team_desk;
END;

-- claim_dismissal: deleted with its story, it is not a deletion of its own.
DROP TRIGGER claim_dismissal_team_delete;
CREATE TRIGGER claim_dismissal_team_delete AFTER DELETE ON claim_dismissal
WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) AND EXISTS (SELECT 1 FROM story WHERE id = OLD.story_id) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'claim_dismissal', OLD.uid, clock FROM team_desk;
END;

-- factcheck_event: deleted with its factcheck, it is not a deletion of its own.
DROP TRIGGER factcheck_event_team_delete;
CREATE TRIGGER factcheck_event_team_delete AFTER DELETE ON factcheck_event
WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) AND EXISTS (SELECT 1 FROM factcheck WHERE id = OLD.factcheck_id) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck_event', OLD.uid, clock FROM team_desk;
END;

-- factcheck_evidence: deleted with its factcheck, it is not a deletion of its own.
DROP TRIGGER factcheck_evidence_team_delete;
CREATE TRIGGER factcheck_evidence_team_delete AFTER DELETE ON factcheck_evidence
WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) AND EXISTS (SELECT 1 FROM factcheck WHERE id = OLD.factcheck_id) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'factcheck_evidence', OLD.uid, clock FROM team_desk;
END;
