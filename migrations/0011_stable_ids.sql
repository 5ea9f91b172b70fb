-- 0011: stable ids, so that a row means the same thing on every desk.
--
-- A newsroom's desks will share one library (issue "Team library"): a
-- story, a fact-check or a corrected stop must be the same row on every desk,
-- whatever its local integer key. Every row an editor creates or changes and
-- a colleague would see gets `uid`, a UUIDv7 (time-ordered, text), and
-- `created_at`, `updated_at` and `author` where it lacked them. Rows already
-- in the library get ids made from the time they were written, and the desk's
-- editor name (the preference `editor_name`) as their author, or '' where
-- none was set. Triggers give each new row its id, its times and the editor's
-- name, so every way of writing (the app, the CLI, restore, salvage) agrees;
-- editors' changes to ratings, stops and regions move `updated_at`. The
-- append-only histories (quote statuses, fact-check events) stay so: their
-- guard now lets a new row be given its id, once.
--
-- A UUIDv7 here: 48 bits of Unix milliseconds, version 7, 12 random bits,
-- the variant, 62 random bits; made in SQL so that no program writing the
-- library can leave a row without one.


-- story
ALTER TABLE story ADD COLUMN uid TEXT;
ALTER TABLE story ADD COLUMN author TEXT;
UPDATE story SET
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX story_uid ON story (uid);
CREATE TRIGGER story_new_row AFTER INSERT ON story WHEN NEW.uid IS NULL BEGIN
    UPDATE story SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;

-- story_revision
ALTER TABLE story_revision ADD COLUMN uid TEXT;
ALTER TABLE story_revision ADD COLUMN created_at TEXT;
ALTER TABLE story_revision ADD COLUMN updated_at TEXT;
ALTER TABLE story_revision ADD COLUMN author TEXT;
UPDATE story_revision SET
    created_at = coalesce(saved_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at = coalesce(saved_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(saved_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(saved_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX story_revision_uid ON story_revision (uid);
CREATE TRIGGER story_revision_new_row AFTER INSERT ON story_revision WHEN NEW.uid IS NULL BEGIN
    UPDATE story_revision SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.saved_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.saved_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.saved_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.saved_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;

-- source
ALTER TABLE source ADD COLUMN uid TEXT;
ALTER TABLE source ADD COLUMN updated_at TEXT;
ALTER TABLE source ADD COLUMN author TEXT;
UPDATE source SET
    updated_at = coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX source_uid ON source (uid);
CREATE TRIGGER source_new_row AFTER INSERT ON source WHEN NEW.uid IS NULL BEGIN
    UPDATE source SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;

-- quote_status
DROP TRIGGER quote_status_is_append_only;
ALTER TABLE quote_status ADD COLUMN uid TEXT;
ALTER TABLE quote_status ADD COLUMN created_at TEXT;
ALTER TABLE quote_status ADD COLUMN updated_at TEXT;
UPDATE quote_status SET
    created_at = coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at = coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX quote_status_uid ON quote_status (uid);
-- Append-only still: a row is written once, then given its id by the trigger below.
CREATE TRIGGER quote_status_is_append_only BEFORE UPDATE ON quote_status WHEN OLD.uid IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'the quote status history is append-only');
END;
CREATE TRIGGER quote_status_new_row AFTER INSERT ON quote_status WHEN NEW.uid IS NULL BEGIN
    UPDATE quote_status SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;

-- quote_speaker_fix
ALTER TABLE quote_speaker_fix ADD COLUMN uid TEXT;
ALTER TABLE quote_speaker_fix ADD COLUMN created_at TEXT;
ALTER TABLE quote_speaker_fix ADD COLUMN updated_at TEXT;
ALTER TABLE quote_speaker_fix ADD COLUMN author TEXT;
UPDATE quote_speaker_fix SET
    created_at = coalesce(fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at = coalesce(fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX quote_speaker_fix_uid ON quote_speaker_fix (uid);
CREATE TRIGGER quote_speaker_fix_new_row AFTER INSERT ON quote_speaker_fix WHEN NEW.uid IS NULL BEGIN
    UPDATE quote_speaker_fix SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE story_id = NEW.story_id AND text = NEW.text;
END;

-- quote_bounds_fix
ALTER TABLE quote_bounds_fix ADD COLUMN uid TEXT;
ALTER TABLE quote_bounds_fix ADD COLUMN created_at TEXT;
ALTER TABLE quote_bounds_fix ADD COLUMN updated_at TEXT;
ALTER TABLE quote_bounds_fix ADD COLUMN author TEXT;
UPDATE quote_bounds_fix SET
    created_at = coalesce(fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at = coalesce(fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX quote_bounds_fix_uid ON quote_bounds_fix (uid);
CREATE TRIGGER quote_bounds_fix_new_row AFTER INSERT ON quote_bounds_fix WHEN NEW.uid IS NULL BEGIN
    UPDATE quote_bounds_fix SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE story_id = NEW.story_id AND analyzed = NEW.analyzed;
END;

-- claim_dismissal
ALTER TABLE claim_dismissal ADD COLUMN uid TEXT;
ALTER TABLE claim_dismissal ADD COLUMN created_at TEXT;
ALTER TABLE claim_dismissal ADD COLUMN updated_at TEXT;
ALTER TABLE claim_dismissal ADD COLUMN author TEXT;
UPDATE claim_dismissal SET
    created_at = coalesce(dismissed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at = coalesce(dismissed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(dismissed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(dismissed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX claim_dismissal_uid ON claim_dismissal (uid);
CREATE TRIGGER claim_dismissal_new_row AFTER INSERT ON claim_dismissal WHEN NEW.uid IS NULL BEGIN
    UPDATE claim_dismissal SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.dismissed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.dismissed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.dismissed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.dismissed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE story_id = NEW.story_id AND text = NEW.text;
END;

-- person
ALTER TABLE person ADD COLUMN uid TEXT;
ALTER TABLE person ADD COLUMN updated_at TEXT;
ALTER TABLE person ADD COLUMN author TEXT;
UPDATE person SET
    updated_at = coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX person_uid ON person (uid);
CREATE TRIGGER person_new_row AFTER INSERT ON person WHEN NEW.uid IS NULL BEGIN
    UPDATE person SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;

-- person_event
ALTER TABLE person_event ADD COLUMN uid TEXT;
ALTER TABLE person_event ADD COLUMN created_at TEXT;
ALTER TABLE person_event ADD COLUMN updated_at TEXT;
UPDATE person_event SET
    created_at = coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at = coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX person_event_uid ON person_event (uid);
CREATE TRIGGER person_event_new_row AFTER INSERT ON person_event WHEN NEW.uid IS NULL BEGIN
    UPDATE person_event SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;

-- factcheck
ALTER TABLE factcheck ADD COLUMN uid TEXT;
ALTER TABLE factcheck ADD COLUMN author TEXT;
UPDATE factcheck SET
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX factcheck_uid ON factcheck (uid);
CREATE TRIGGER factcheck_new_row AFTER INSERT ON factcheck WHEN NEW.uid IS NULL BEGIN
    UPDATE factcheck SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;

-- factcheck_event
DROP TRIGGER factcheck_event_is_append_only;
ALTER TABLE factcheck_event ADD COLUMN uid TEXT;
ALTER TABLE factcheck_event ADD COLUMN created_at TEXT;
ALTER TABLE factcheck_event ADD COLUMN updated_at TEXT;
UPDATE factcheck_event SET
    created_at = coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at = coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX factcheck_event_uid ON factcheck_event (uid);
-- Append-only still: a row is written once, then given its id by the trigger below.
CREATE TRIGGER factcheck_event_is_append_only BEFORE UPDATE ON factcheck_event WHEN OLD.uid IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'the fact-check history is append-only');
END;
CREATE TRIGGER factcheck_event_new_row AFTER INSERT ON factcheck_event WHEN NEW.uid IS NULL BEGIN
    UPDATE factcheck_event SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;

-- factcheck_evidence
ALTER TABLE factcheck_evidence ADD COLUMN uid TEXT;
ALTER TABLE factcheck_evidence ADD COLUMN created_at TEXT;
ALTER TABLE factcheck_evidence ADD COLUMN updated_at TEXT;
ALTER TABLE factcheck_evidence ADD COLUMN author TEXT;
UPDATE factcheck_evidence SET
    created_at = coalesce(added_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at = coalesce(added_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(added_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(added_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX factcheck_evidence_uid ON factcheck_evidence (uid);
CREATE TRIGGER factcheck_evidence_new_row AFTER INSERT ON factcheck_evidence WHEN NEW.uid IS NULL BEGIN
    UPDATE factcheck_evidence SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.added_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.added_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.added_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.added_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;

-- rating
ALTER TABLE rating ADD COLUMN uid TEXT;
ALTER TABLE rating ADD COLUMN created_at TEXT;
ALTER TABLE rating ADD COLUMN updated_at TEXT;
ALTER TABLE rating ADD COLUMN author TEXT;
UPDATE rating SET
    created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX rating_uid ON rating (uid);
CREATE TRIGGER rating_new_row AFTER INSERT ON rating WHEN NEW.uid IS NULL BEGIN
    UPDATE rating SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at = coalesce(NEW.updated_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER rating_changed AFTER UPDATE ON rating WHEN NEW.updated_at IS OLD.updated_at AND NEW.uid IS OLD.uid BEGIN
    UPDATE rating SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), NEW.author, '')
    WHERE rowid = NEW.rowid;
END;

-- stop
ALTER TABLE stop ADD COLUMN uid TEXT;
ALTER TABLE stop ADD COLUMN created_at TEXT;
ALTER TABLE stop ADD COLUMN updated_at TEXT;
ALTER TABLE stop ADD COLUMN author TEXT;
UPDATE stop SET
    created_at = coalesce(imported_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at = coalesce(imported_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(imported_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(imported_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX stop_uid ON stop (uid);
CREATE TRIGGER stop_new_row AFTER INSERT ON stop WHEN NEW.uid IS NULL BEGIN
    UPDATE stop SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.imported_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.imported_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.imported_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.imported_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER stop_changed AFTER UPDATE ON stop WHEN NEW.updated_at IS OLD.updated_at AND NEW.uid IS OLD.uid BEGIN
    UPDATE stop SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), NEW.author, '')
    WHERE rowid = NEW.rowid;
END;

-- region
ALTER TABLE region ADD COLUMN uid TEXT;
ALTER TABLE region ADD COLUMN created_at TEXT;
ALTER TABLE region ADD COLUMN updated_at TEXT;
ALTER TABLE region ADD COLUMN author TEXT;
UPDATE region SET
    created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX region_uid ON region (uid);
CREATE TRIGGER region_new_row AFTER INSERT ON region WHEN NEW.uid IS NULL BEGIN
    UPDATE region SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at = coalesce(NEW.updated_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER region_changed AFTER UPDATE ON region WHEN NEW.updated_at IS OLD.updated_at AND NEW.uid IS OLD.uid BEGIN
    UPDATE region SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), NEW.author, '')
    WHERE rowid = NEW.rowid;
END;

-- journey_override
ALTER TABLE journey_override ADD COLUMN uid TEXT;
ALTER TABLE journey_override ADD COLUMN created_at TEXT;
ALTER TABLE journey_override ADD COLUMN updated_at TEXT;
ALTER TABLE journey_override ADD COLUMN author TEXT;
UPDATE journey_override SET
    created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    author = coalesce((SELECT value FROM preference WHERE key = 'editor_name'), ''),
    uid = lower(substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX journey_override_uid ON journey_override (uid);
CREATE TRIGGER journey_override_new_row AFTER INSERT ON journey_override WHEN NEW.uid IS NULL BEGIN
    UPDATE journey_override SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at = coalesce(NEW.updated_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE official_id = NEW.official_id AND day = NEW.day AND country_id = NEW.country_id;
END;
