-- 0010: every Secretary's and President's travel built in, with their terms
-- of office and the visits of foreign leaders to the United States.
--
-- The complete official record (HistoryAtState: travels, pocom, visits; all
-- public domain) now ships with Attaché and loads into each library once, as
-- Blinken's record did since 0004 (`reference_load` keeps which files each
-- library has had, so an upgrade adds the new files and never reloads one the
-- editor has since corrected).

-- Country ids the full record uses that 0004's table lacked (newer names of
-- countries already in it, the West Bank, and Antarctica, which belongs to no
-- geographic bureau and so to no default region).
INSERT OR IGNORE INTO country (id, iso2, label, bureau) VALUES
    ('antarctica', 'aq', 'Antarctica', ''),
    ('congo-kinshasa', 'cd', 'Democratic Republic of the Congo', 'af'),
    ('czechia', 'cz', 'Czechia', 'eur'),
    ('north-macedonia', 'mk', 'North Macedonia', 'eur'),
    ('turkiye', 'tr', 'Türkiye', 'eur'),
    ('west-bank', 'ps', 'West Bank', 'nea');

-- A term of office: "since taking office" means its start, and a claim with
-- no "since" counts over it. Keyed by the records' person id (`who=`), not
-- by `official.id`, because terms are known for officials who never
-- travelled; one official may hold several terms (Cleveland, Trump) or
-- offices.
CREATE TABLE term (
    official_key  TEXT NOT NULL,
    -- secretary or president.
    role          TEXT NOT NULL,
    -- The name the terms file gives (the President's), else ''.
    name          TEXT NOT NULL DEFAULT '',
    start         TEXT NOT NULL,
    -- NULL while in office.
    "end"         TEXT,
    PRIMARY KEY (official_key, role, start)
) WITHOUT ROWID;

-- A visit to the United States by a foreign leader or head of state: the
-- other direction of diplomatic travel ("Herzog's third visit to the White
-- House"). The visitor is kept as the record writes it, title and all.
CREATE TABLE visit (
    id             INTEGER PRIMARY KEY,
    visitor        TEXT NOT NULL,
    -- The visitor's country id, as in `country` (kept and flagged if not).
    country_id     TEXT NOT NULL,
    country_label  TEXT NOT NULL,
    start          TEXT NOT NULL,
    "end"          TEXT NOT NULL CHECK ("end" >= start),
    description    TEXT NOT NULL DEFAULT '',
    -- Provenance, as for stops.
    source_file    TEXT NOT NULL,
    record_id      TEXT,
    imported_at    TEXT NOT NULL,
    UNIQUE (visitor, country_id, start)
);
CREATE INDEX visit_by_country ON visit (country_id, start);
CREATE INDEX visit_by_start ON visit (start);
