-- 0017: the team library shares the editor's merges and splits of person
-- records.
--
-- Person records are made on each desk as it reads its stories, so a record
-- has no id that means the same on two desks; what the editor decided does:
-- which names are one person, and which name is someone else. Each merge or
-- split already leaves a `person_event`; it now says so in a form a desk can
-- carry out again (issue "Team library": "person merges and splits"):
--
-- * `names`: JSON array of the names the event moved. A merge lists every
--   name of the records merged, the kept one's included; a split, the name
--   split off.
-- * `kept`: the name shown for the record that stays: the merged record's,
--   or, after a split, the record the name left.
--
-- The log is shared append-only, in time order; a desk that receives an
-- event moves those names between its own records (`people/replay.rs`).
-- Events logged before this migration have no names and change nothing
-- elsewhere.

ALTER TABLE person_event ADD COLUMN names TEXT NOT NULL DEFAULT '[]';
ALTER TABLE person_event ADD COLUMN kept TEXT NOT NULL DEFAULT '';

-- person_event
CREATE TRIGGER person_event_team_insert AFTER INSERT ON person_event WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'person_event', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER person_event_team_update AFTER UPDATE OF at, author, kind, detail, uid, created_at, updated_at, names, kept ON person_event WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'person_event', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER person_event_team_delete AFTER DELETE ON person_event WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'person_event', OLD.uid, clock FROM team_desk;
END;

-- A desk already joined sends its log at its next sync.
INSERT INTO team_outbox (tbl, uid, hlc)
    SELECT 'person_event', uid, clock FROM person_event, team_desk WHERE uid IS NOT NULL;
