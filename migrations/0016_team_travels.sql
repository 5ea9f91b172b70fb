-- 0016: the team library shares the travel records' corrections: stops the
-- editor typed or corrected, splits and joins of journeys, and regions.
--
-- Issue "Team library" lists them among what a newsroom shares: a stop
-- corrected on one desk must not have to be corrected again on the next, and
-- "the ninth visit" must count the same on every desk.
--
-- * `official` gets a `uid`, so that a stop or a journey's split can point at
--   its official on every desk. Every desk loads the same officials from the
--   built-in records; the team library names each by its `key` (natural.rs),
--   so the desks' rows become one.
-- * A stop is shared once an editor made it (`source_file = 'editor'`) or
--   changed it (`updated_at` moves past `created_at`): the built-in records
--   are on every desk already, and are not sent. A corrected built-in stop is
--   named by its official, file and record id, which are the same everywhere.
-- * A region's members are a field of the region, as a story's tags are of
--   the story: a change to them is a change to the region.
-- * Desks that joined a team before this migration send what they already
--   hold of these at their next sync.

-- official: the uid that names it.
ALTER TABLE official ADD COLUMN uid TEXT;
UPDATE official SET uid = lower(substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX official_uid ON official (uid);
CREATE TRIGGER official_new_row AFTER INSERT ON official WHEN NEW.uid IS NULL BEGIN
    UPDATE official SET uid = lower(substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)))
    WHERE rowid = NEW.rowid;
END;

-- official
CREATE TRIGGER official_team_insert AFTER INSERT ON official WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'official', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER official_team_update AFTER UPDATE OF key, name, role, uid ON official WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'official', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER official_team_delete AFTER DELETE ON official WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'official', OLD.uid, clock FROM team_desk;
END;

-- stop: typed or corrected by an editor. A built-in stop given its uid as it
-- is loaded is not a correction.
CREATE TRIGGER stop_team_insert AFTER INSERT ON stop WHEN NEW.uid IS NOT NULL AND NEW.source_file = 'editor' AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'stop', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER stop_team_update AFTER UPDATE OF official_id, start, "end", country_id, country_label, locale, remarks, counterparts, source_file, record_id, uid, created_at, updated_at, author ON stop WHEN NEW.uid IS NOT NULL AND (NEW.source_file = 'editor' OR OLD.uid IS NOT NULL) AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'stop', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER stop_team_delete AFTER DELETE ON stop WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'stop', OLD.uid, clock FROM team_desk;
END;

-- journey_override
CREATE TRIGGER journey_override_team_insert AFTER INSERT ON journey_override WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'journey_override', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER journey_override_team_update AFTER UPDATE OF official_id, day, country_id, kind, uid, created_at, updated_at, author ON journey_override WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'journey_override', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER journey_override_team_delete AFTER DELETE ON journey_override WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'journey_override', OLD.uid, clock FROM team_desk;
END;

-- region
CREATE TRIGGER region_team_insert AFTER INSERT ON region WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'region', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER region_team_update AFTER UPDATE OF name, uid, created_at, updated_at, author ON region WHEN NEW.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'region', NEW.uid, clock FROM team_desk;
END;
CREATE TRIGGER region_team_delete AFTER DELETE ON region WHEN OLD.uid IS NOT NULL AND (SELECT applying = 0 FROM team_desk) BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'region', OLD.uid, clock FROM team_desk;
END;

-- region_member: a region's members are a field of the region.
CREATE TRIGGER region_member_team_insert AFTER INSERT ON region_member WHEN (SELECT applying = 0 FROM team_desk) AND (SELECT uid FROM region WHERE id = NEW.region_id) IS NOT NULL BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'region', (SELECT uid FROM region WHERE id = NEW.region_id), clock FROM team_desk;
END;
CREATE TRIGGER region_member_team_delete AFTER DELETE ON region_member
WHEN (SELECT applying = 0 FROM team_desk) AND (SELECT uid FROM region WHERE id = OLD.region_id) IS NOT NULL BEGIN
    UPDATE team_desk SET clock = max(clock + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT INTO team_outbox (tbl, uid, hlc) SELECT 'region', (SELECT uid FROM region WHERE id = OLD.region_id), clock FROM team_desk;
END;

-- A desk already joined sends what it holds of these at its next sync.
INSERT INTO team_outbox (tbl, uid, hlc)
    SELECT 'official', uid, clock FROM official, team_desk;
INSERT INTO team_outbox (tbl, uid, hlc)
    SELECT 'stop', uid, clock FROM stop, team_desk WHERE source_file = 'editor' OR updated_at > created_at;
INSERT INTO team_outbox (tbl, uid, hlc)
    SELECT 'journey_override', uid, clock FROM journey_override, team_desk WHERE uid IS NOT NULL;
INSERT INTO team_outbox (tbl, uid, hlc)
    SELECT 'region', uid, clock FROM region, team_desk WHERE uid IS NOT NULL;
