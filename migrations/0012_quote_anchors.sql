-- 0012: a quote is kept by its anchor, not by its text.
--
-- The editor's corrections of a quote (who said it, where its bounds are)
-- and its verification statuses were kept by the quote's words. The same
-- words quoted twice in a story were one quote to them; moving a quote's
-- bounds had to rewrite the key of its speaker fix; and every message about
-- a quote, in the app and soon between desks, carried the whole quotation.
-- Now each quote has an anchor, which the analyzer gives it (see
-- crates/attache-text/src/analysis/anchor.rs): a hash of the words it found
-- inside the marks, `-2`, `-3` for the same words quoted again. A moved quote
-- keeps the anchor of the words the analyzer found, so its corrections stay
-- with it. `quote_anchor(text)` is registered by Attaché before migrating.
--
-- Rows already in the library take the anchor of the words the analyzer
-- found (the analyzed words of a moved quote); a correction kept by words
-- quoted twice now belongs to their first quotation.

-- quote: the readings, rewritten at every reading; anchors for those kept.
ALTER TABLE quote ADD COLUMN anchor TEXT;
UPDATE quote SET anchor = quote_anchor(coalesce(
    (SELECT b.analyzed FROM quote_bounds_fix b WHERE b.story_id = quote.story_id AND b.words = quote.text), text));
UPDATE quote SET anchor = anchor || '-' || r.n
FROM (SELECT id, row_number() OVER (PARTITION BY story_id, anchor ORDER BY start) AS n FROM quote) AS r
WHERE r.id = quote.id AND r.n > 1;
CREATE INDEX quote_by_anchor ON quote (story_id, anchor);

-- quote_bounds_fix: by the quote's anchor; `analyzed` and `words` stay for
-- whoever reads the table.
CREATE TABLE quote_bounds_fix_by_anchor (
    story_id    INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    anchor      TEXT NOT NULL,
    analyzed    TEXT NOT NULL,
    words       TEXT NOT NULL,
    fixed_at    TEXT NOT NULL,
    uid         TEXT,
    created_at  TEXT,
    updated_at  TEXT,
    author      TEXT,
    PRIMARY KEY (story_id, anchor)
) WITHOUT ROWID;
INSERT OR REPLACE INTO quote_bounds_fix_by_anchor
    (story_id, anchor, analyzed, words, fixed_at, uid, created_at, updated_at, author)
SELECT story_id, quote_anchor(analyzed), analyzed, words, fixed_at, uid, created_at, updated_at, author
FROM quote_bounds_fix;

-- quote_speaker_fix: by the quote's anchor; `text` keeps the words the
-- editor saw when they fixed it.
CREATE TABLE quote_speaker_fix_by_anchor (
    story_id    INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    anchor      TEXT NOT NULL,
    text        TEXT NOT NULL,
    -- NULL when the editor says no one can be named.
    speaker     TEXT,
    fixed_at    TEXT NOT NULL,
    uid         TEXT,
    created_at  TEXT,
    updated_at  TEXT,
    author      TEXT,
    PRIMARY KEY (story_id, anchor)
) WITHOUT ROWID;
INSERT OR REPLACE INTO quote_speaker_fix_by_anchor
    (story_id, anchor, text, speaker, fixed_at, uid, created_at, updated_at, author)
SELECT f.story_id,
       quote_anchor(coalesce(
           (SELECT b.analyzed FROM quote_bounds_fix b WHERE b.story_id = f.story_id AND b.words = f.text), f.text)),
       f.text, f.speaker, f.fixed_at, f.uid, f.created_at, f.updated_at, f.author
FROM quote_speaker_fix f;

-- quote_status: append-only, so its guard steps aside while the anchors of
-- the rows already written are filled, then stands again.
DROP TRIGGER quote_status_is_append_only;
ALTER TABLE quote_status ADD COLUMN anchor TEXT;
UPDATE quote_status SET anchor = quote_anchor(coalesce(
    (SELECT b.analyzed FROM quote_bounds_fix b WHERE b.story_id = quote_status.story_id AND b.words = quote_status.quote_text),
    quote_text));
CREATE INDEX quote_status_by_anchor ON quote_status (story_id, anchor, id);
CREATE TRIGGER quote_status_is_append_only BEFORE UPDATE ON quote_status WHEN OLD.uid IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'the quote status history is append-only');
END;

DROP TABLE quote_speaker_fix;
ALTER TABLE quote_speaker_fix_by_anchor RENAME TO quote_speaker_fix;
CREATE UNIQUE INDEX quote_speaker_fix_uid ON quote_speaker_fix (uid);
CREATE TRIGGER quote_speaker_fix_new_row AFTER INSERT ON quote_speaker_fix WHEN NEW.uid IS NULL BEGIN
    UPDATE quote_speaker_fix SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE story_id = NEW.story_id AND anchor = NEW.anchor;
END;

DROP TABLE quote_bounds_fix;
ALTER TABLE quote_bounds_fix_by_anchor RENAME TO quote_bounds_fix;
CREATE UNIQUE INDEX quote_bounds_fix_uid ON quote_bounds_fix (uid);
CREATE TRIGGER quote_bounds_fix_new_row AFTER INSERT ON quote_bounds_fix WHEN NEW.uid IS NULL BEGIN
    UPDATE quote_bounds_fix SET
        uid = lower(substr(printf('%012x', CAST(round((julianday(coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(round((julianday(coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) - 2440587.5) * 86400000) AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
        created_at = coalesce(NEW.created_at, coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        updated_at = coalesce(NEW.updated_at, coalesce(NEW.fixed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))),
        author = coalesce(NEW.author, (SELECT value FROM preference WHERE key = 'editor_name'), '')
    WHERE story_id = NEW.story_id AND anchor = NEW.anchor;
END;
