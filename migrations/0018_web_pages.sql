-- 0018: pages fetched from the web, kept as evidence.
--
-- Issue "Import stories and sources from a web address": an editor imports
-- a story or a source by its address, and a fact-checker must be able to
-- show what the page said when it was checked, even after the site changes
-- it. So the page is kept exactly as it arrived: its bytes (compressed with
-- zlib, since pages are mostly markup), where they came from and when, the
-- HTTP status and type, and their SHA-256, so anyone can show the bytes are
-- the ones fetched.
--
-- A page belongs to exactly one story or one source and goes with it.
-- `address_key`, `final_key` and `canonical_key` are the addresses as
-- `dedupe::url_key` writes them (no scheme, `www.`, fragment or `utm_*`):
-- an address already imported, or a page whose canonical address is
-- already in the library, is reported as a duplicate and not fetched or
-- stored twice.
--
-- The pages stay on the desk: the team library does not share them (they
-- are large, and each desk can fetch the address again).

CREATE TABLE web_page (
    id            INTEGER PRIMARY KEY,
    story_id      INTEGER REFERENCES story (id) ON DELETE CASCADE,
    source_id     INTEGER REFERENCES source (id) ON DELETE CASCADE,
    address       TEXT NOT NULL,
    final_url     TEXT NOT NULL,
    canonical_url TEXT,
    address_key   TEXT NOT NULL,
    final_key     TEXT NOT NULL,
    canonical_key TEXT,
    status        INTEGER NOT NULL,
    content_type  TEXT NOT NULL,
    charset       TEXT,
    fetched_at    TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    compressed    BLOB NOT NULL,
    CHECK ((story_id IS NULL) <> (source_id IS NULL))
);

CREATE INDEX web_page_by_story ON web_page (story_id) WHERE story_id IS NOT NULL;
CREATE INDEX web_page_by_source ON web_page (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX web_page_by_address ON web_page (address_key);
CREATE INDEX web_page_by_final ON web_page (final_key);
CREATE INDEX web_page_by_canonical ON web_page (canonical_key) WHERE canonical_key IS NOT NULL;
