-- 0002: full-text search over stories.
--
-- Kept apart from 0001 because the index is derived data: it can be dropped
-- and rebuilt from the story table at any time, and libraries made before it
-- existed get it filled in below, with their stories intact.

-- An external-content FTS5 index: the text lives once, in `story`; the index
-- holds only what ranking and snippets need. remove_diacritics lets "Turkiye"
-- find "Türkiye".
CREATE VIRTUAL TABLE story_search USING fts5 (
    headline,
    byline,
    outlet,
    body,
    content = 'story',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Rank by BM25 with a match in the headline worth ten in the body, and in the
-- byline or outlet worth two. Stored in the index's configuration so that
-- `ORDER BY rank` can be answered by FTS5 itself, without a separate sort.
INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(10.0, 2.0, 2.0, 1.0)');

-- Triggers keep the index in step with every write, inside the same
-- transaction, so a failed write can never leave the index out of date.
CREATE TRIGGER story_search_after_insert AFTER INSERT ON story BEGIN
    INSERT INTO story_search (rowid, headline, byline, outlet, body)
    VALUES (new.id, new.headline, new.byline, new.outlet, new.body);
END;

CREATE TRIGGER story_search_after_delete AFTER DELETE ON story BEGIN
    INSERT INTO story_search (story_search, rowid, headline, byline, outlet, body)
    VALUES ('delete', old.id, old.headline, old.byline, old.outlet, old.body);
END;

-- Only the indexed columns: moving a story to the trash must not rewrite the index.
CREATE TRIGGER story_search_after_update AFTER UPDATE OF headline, byline, outlet, body ON story BEGIN
    INSERT INTO story_search (story_search, rowid, headline, byline, outlet, body)
    VALUES ('delete', old.id, old.headline, old.byline, old.outlet, old.body);
    INSERT INTO story_search (rowid, headline, byline, outlet, body)
    VALUES (new.id, new.headline, new.byline, new.outlet, new.body);
END;

-- Index the stories a library already has.
INSERT INTO story_search (story_search) VALUES ('rebuild');
