-- 0004: the official travel records and what Attaché builds from them: the
-- officials, their stops abroad, the editor's journey overrides, and the
-- regions that "Nth visit to the Middle East" claims are counted against.
--
-- Stops are records imported from files (or typed by the editor); journeys are
-- not stored, because they follow from the stops and a visible rule (a gap of
-- at most N days), which the editor may change per question. Only the editor's
-- explicit splits and joins are stored, keyed by what survives a re-import.

-- The State Department's country table (HistoryAtState/gsh, public domain), as
-- the travel records use it. Ids the records use but this table lacks are kept
-- on the stops as written and flagged, never dropped.
CREATE TABLE country (
    id      TEXT PRIMARY KEY,
    iso2    TEXT NOT NULL,
    label   TEXT NOT NULL,
    -- The geographic bureau: af, eap, eur, nea, sca or wha.
    bureau  TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO country (id, iso2, label, bureau) VALUES
    ('afghanistan', 'af', 'Afghanistan', 'sca'),
    ('albania', 'al', 'Albania', 'eur'),
    ('algeria', 'dz', 'Algeria', 'nea'),
    ('andorra', 'ad', 'Andorra', 'eur'),
    ('angola', 'ao', 'Angola', 'af'),
    ('antigua-barbuda', 'ag', 'Antigua and Barbuda', 'wha'),
    ('argentina', 'ar', 'Argentina', 'wha'),
    ('armenia', 'am', 'Armenia', 'eur'),
    ('aruba', 'aw', 'Aruba', 'wha'),
    ('australia', 'au', 'Australia', 'eap'),
    ('austria', 'at', 'Austria', 'eur'),
    ('azerbaijan', 'az', 'Azerbaijan', 'eur'),
    ('bahamas', 'bs', 'Bahamas', 'wha'),
    ('bahrain', 'bh', 'Bahrain', 'nea'),
    ('bangladesh', 'bd', 'Bangladesh', 'sca'),
    ('barbados', 'bb', 'Barbados', 'wha'),
    ('belarus', 'by', 'Belarus', 'eur'),
    ('belgium', 'be', 'Belgium', 'eur'),
    ('belize', 'bz', 'Belize', 'wha'),
    ('benin', 'bj', 'Benin', 'af'),
    ('bermuda', 'bm', 'Bermuda', 'wha'),
    ('bhutan', 'bt', 'Bhutan', 'sca'),
    ('bolivia', 'bo', 'Bolivia', 'wha'),
    ('bosnia-herzegovina', 'ba', 'Bosnia and Herzegovina', 'eur'),
    ('botswana', 'bw', 'Botswana', 'af'),
    ('brazil', 'br', 'Brazil', 'wha'),
    ('brunei', 'bn', 'Brunei', 'eap'),
    ('bulgaria', 'bg', 'Bulgaria', 'eur'),
    ('burkina-faso', 'bf', 'Burkina Faso', 'af'),
    ('burma', 'bu', 'Burma', 'eap'),
    ('burundi', 'bi', 'Burundi', 'af'),
    ('cambodia', 'kh', 'Cambodia', 'eap'),
    ('cameroon', 'cm', 'Cameroon', 'af'),
    ('canada', 'ca', 'Canada', 'wha'),
    ('cape-verde', 'cv', 'Cape Verde', 'af'),
    ('cayman-islands', 'ky', 'Cayman Islands', 'wha'),
    ('central-african-republic', 'cf', 'Central African Republic', 'af'),
    ('chad', 'td', 'Chad', 'af'),
    ('chile', 'cl', 'Chile', 'wha'),
    ('china', 'cn', 'China', 'eap'),
    ('colombia', 'co', 'Colombia', 'wha'),
    ('comoros', 'km', 'Comoros', 'af'),
    ('congo-democratic-republic', 'cd', 'Democratic Republic of the Congo (Zaire)', 'af'),
    ('congo-free-state', 'xa', 'Congo Free State', 'af'),
    ('congo-republic', 'cg', 'Congo, Republic of the', 'af'),
    ('cook-islands', 'cw', 'Cook Islands', 'eap'),
    ('costa-rica', 'cr', 'Costa Rica', 'wha'),
    ('cote-divoire', 'ci', 'Cote d’Ivoire', 'af'),
    ('croatia', 'hr', 'Croatia', 'eur'),
    ('cuba', 'cu', 'Cuba', 'wha'),
    ('cyprus', 'cy', 'Cyprus', 'eur'),
    ('czech-republic', 'cz', 'Czech Republic', 'eur'),
    ('czechoslovakia', 'xe', 'Czechoslovakia', 'eur'),
    ('denmark', 'dk', 'Denmark', 'eur'),
    ('djibouti', 'dj', 'Djibouti', 'af'),
    ('dominica', 'dm', 'Dominica', 'wha'),
    ('dominican-republic', 'do', 'Dominican Republic', 'wha'),
    ('ecuador', 'ec', 'Ecuador', 'wha'),
    ('egypt', 'eg', 'Egypt', 'nea'),
    ('el-salvador', 'sv', 'El Salvador', 'wha'),
    ('equatorial-guinea', 'gq', 'Equatorial Guinea', 'af'),
    ('eritrea', 'er', 'Eritrea', 'af'),
    ('estonia', 'ew', 'Estonia', 'eur'),
    ('ethiopia', 'et', 'Ethiopia', 'af'),
    ('fiji', 'fj', 'Fiji', 'eap'),
    ('finland', 'fi', 'Finland', 'eur'),
    ('france', 'fr', 'France', 'eur'),
    ('gabon', 'ga', 'Gabon', 'af'),
    ('gambia', 'gm', 'The Gambia', 'af'),
    ('georgia', 'ge', 'Georgia', 'eur'),
    ('german-democratic-republic', 'xf', 'German Democratic Republic', 'eur'),
    ('germany', 'de', 'Germany', 'eur'),
    ('ghana', 'gh', 'Ghana', 'af'),
    ('greece', 'gr', 'Greece', 'eur'),
    ('grenada', 'gd', 'Grenada', 'wha'),
    ('guatemala', 'gt', 'Guatemala', 'wha'),
    ('guinea', 'gn', 'Guinea', 'af'),
    ('guinea-bissau', 'gw', 'Guinea-Bissau', 'af'),
    ('guyana', 'gy', 'Guyana', 'wha'),
    ('haiti', 'ht', 'Haiti', 'wha'),
    ('hawaii', 'xl', 'Hawaii', 'wha'),
    ('holy-see', 'va', 'Holy See', 'eur'),
    ('honduras', 'hn', 'Honduras', 'wha'),
    ('hong-kong', 'hk', 'Hong Kong', 'eap'),
    ('hungary', 'hu', 'Hungary', 'eur'),
    ('iceland', 'is', 'Iceland', 'eur'),
    ('india', 'in', 'India', 'sca'),
    ('indonesia', 'id', 'Indonesia', 'eap'),
    ('iran', 'ir', 'Iran', 'nea'),
    ('iraq', 'iq', 'Iraq', 'nea'),
    ('ireland', 'ie', 'Ireland', 'eur'),
    ('israel', 'il', 'Israel', 'nea'),
    ('italy', 'it', 'Italy', 'eur'),
    ('jamaica', 'jm', 'Jamaica', 'wha'),
    ('japan', 'jp', 'Japan', 'eap'),
    ('jordan', 'jo', 'Jordan', 'nea'),
    ('kazakhstan', 'kz', 'Kazakhstan', 'sca'),
    ('kenya', 'ke', 'Kenya', 'af'),
    ('kiribati', 'ki', 'Kiribati', 'eap'),
    ('korea', 'xb', 'Korea', 'eap'),
    ('korea-north', 'kp', 'Korea, North', 'eap'),
    ('korea-south', 'kr', 'Korea, South', 'eap'),
    ('kosovo', 'xk', 'Kosovo', 'eur'),
    ('kuwait', 'kw', 'Kuwait', 'nea'),
    ('kyrgyzstan', 'kg', 'Kyrgyzstan', 'sca'),
    ('laos', 'la', 'Laos', 'eap'),
    ('latvia', 'lv', 'Latvia', 'eur'),
    ('lebanon', 'lb', 'Lebanon', 'nea'),
    ('lesotho', 'ls', 'Lesotho', 'af'),
    ('liberia', 'lr', 'Liberia', 'af'),
    ('libya', 'ly', 'Libya', 'nea'),
    ('liechtenstein', 'li', 'Liechtenstein', 'eur'),
    ('lithuania', 'lt', 'Lithuania', 'eur'),
    ('luxembourg', 'lu', 'Luxembourg', 'eur'),
    ('macau', 'xj', 'Macau', 'eap'),
    ('macedonia', 'mk', 'Macedonia', 'eur'),
    ('madagascar', 'mg', 'Madagascar', 'af'),
    ('malawi', 'mw', 'Malawi', 'af'),
    ('malaysia', 'my', 'Malaysia', 'eap'),
    ('maldives', 'mv', 'Maldives', 'sca'),
    ('mali', 'ml', 'Mali', 'af'),
    ('malta', 'mt', 'Malta', 'eur'),
    ('marshall-islands', 'mh', 'Marshall Islands', 'eap'),
    ('mauritania', 'mr', 'Mauritania', 'af'),
    ('mauritius', 'mu', 'Mauritius', 'af'),
    ('mexico', 'mx', 'Mexico', 'wha'),
    ('micronesia', 'fm', 'Micronesia, Federated States of', 'eap'),
    ('moldova', 'md', 'Moldova', 'eur'),
    ('monaco', 'mc', 'Monaco', 'eur'),
    ('mongolia', 'mn', 'Mongolia', 'eap'),
    ('montenegro', 'me', 'Montenegro', 'eur'),
    ('morocco', 'ma', 'Morocco', 'nea'),
    ('mozambique', 'mz', 'Mozambique', 'af'),
    ('namibia', 'na', 'Namibia', 'af'),
    ('nauru', 'nr', 'Nauru', 'eap'),
    ('nepal', 'np', 'Nepal', 'sca'),
    ('netherlands', 'nl', 'Netherlands', 'eur'),
    ('netherlands-antilles', 'an', 'Netherlands Antilles', 'wha'),
    ('new-zealand', 'nz', 'New Zealand', 'eap'),
    ('nicaragua', 'ni', 'Nicaragua', 'wha'),
    ('niger', 'ne', 'Niger', 'af'),
    ('nigeria', 'ng', 'Nigeria', 'af'),
    ('norway', 'no', 'Norway', 'eur'),
    ('oman', 'om', 'Oman', 'nea'),
    ('pakistan', 'pk', 'Pakistan', 'sca'),
    ('palau', 'pw', 'Palau', 'eap'),
    ('palestinian-authority', 'ps', 'Palestinian Authority', 'nea'),
    ('panama', 'pa', 'Panama', 'wha'),
    ('papua-new-guinea', 'pg', 'Papua New Guinea', 'eap'),
    ('paraguay', 'py', 'Paraguay', 'wha'),
    ('parma', 'qr', 'Parma', 'eur'),
    ('peru', 'pe', 'Peru', 'wha'),
    ('philippines', 'ph', 'Philippines', 'eap'),
    ('poland', 'pl', 'Poland', 'eur'),
    ('portugal', 'pt', 'Portugal', 'eur'),
    ('qatar', 'qa', 'Qatar', 'nea'),
    ('romania', 'ro', 'Romania', 'eur'),
    ('russia', 'ru', 'Russia', 'eur'),
    ('rwanda', 'rw', 'Rwanda', 'af'),
    ('saint-kitts-nevis', 'kn', 'Saint Kitts and Nevis', 'wha'),
    ('saint-lucia', 'lc', 'Saint Lucia', 'wha'),
    ('saint-vincent-grenadines', 'vc', 'Saint Vincent and the Grenadines', 'wha'),
    ('samoa', 'ws', 'Samoa', 'eap'),
    ('san-marino', 'sm', 'San Marino', 'eur'),
    ('sao-tome-and-principe', 'st', 'Sao Tome and Principe', 'af'),
    ('saudi-arabia', 'sa', 'Saudi Arabia', 'nea'),
    ('senegal', 'sn', 'Senegal', 'af'),
    ('serbia', 'rs', 'Serbia', 'eur'),
    ('seychelles', 'sc', 'Seychelles', 'af'),
    ('sierra-leone', 'sl', 'Sierra Leone', 'af'),
    ('singapore', 'sg', 'Singapore', 'eap'),
    ('slovakia', 'sk', 'Slovakia', 'eur'),
    ('slovenia', 'si', 'Slovenia', 'eur'),
    ('solomon-islands', 'sb', 'Solomon Islands', 'eap'),
    ('somalia', 'so', 'Somalia', 'af'),
    ('south-africa', 'za', 'South Africa', 'af'),
    ('south-sudan', 'ss', 'South Sudan', 'af'),
    ('spain', 'es', 'Spain', 'eur'),
    ('sri-lanka', 'lk', 'Sri Lanka', 'sca'),
    ('sudan', 'sd', 'Sudan', 'af'),
    ('suriname', 'sr', 'Suriname', 'wha'),
    ('swaziland', 'sz', 'Swaziland', 'af'),
    ('sweden', 'se', 'Sweden', 'eur'),
    ('switzerland', 'ch', 'Switzerland', 'eur'),
    ('syria', 'sy', 'Syria', 'nea'),
    ('taiwan', 'tw', 'Taiwan', 'eap'),
    ('tajikistan', 'tj', 'Tajikistan', 'sca'),
    ('tanzania', 'tz', 'Tanzania', 'af'),
    ('texas', 'xc', 'Texas', 'wha'),
    ('thailand', 'th', 'Thailand', 'eap'),
    ('timor-leste', 'tl', 'Timor-Leste', 'eap'),
    ('togo', 'tg', 'Togo', 'af'),
    ('tonga', 'to', 'Tonga', 'eap'),
    ('trinidad-and-tobago', 'tt', 'Trinidad and Tobago', 'wha'),
    ('tunisia', 'tn', 'Tunisia', 'nea'),
    ('turkey', 'tr', 'Turkey', 'eur'),
    ('turkmenistan', 'tm', 'Turkmenistan', 'sca'),
    ('tuvalu', 'tv', 'Tuvalu', 'eap'),
    ('two-sicilies', 'xg', 'Two Sicilies', 'eur'),
    ('uganda', 'ug', 'Uganda', 'af'),
    ('ukraine', 'ua', 'Ukraine', 'eur'),
    ('united-arab-emirates', 'ae', 'United Arab Emirates', 'nea'),
    ('united-arab-republic', 'xd', 'United Arab Republic', 'nea'),
    ('united-kingdom', 'gb', 'United Kingdom', 'eur'),
    ('united-states', 'us', 'United States', 'wha'),
    ('uruguay', 'uy', 'Uruguay', 'wha'),
    ('uzbekistan', 'uz', 'Uzbekistan', 'sca'),
    ('vanuatu', 'vu', 'Vanuatu', 'eap'),
    ('venezuela', 've', 'Venezuela', 'wha'),
    ('vietnam', 'vn', 'Vietnam', 'eap'),
    ('vietnam-south', 'xh', 'Vietnam, South', 'eap'),
    ('yemen', 'ye', 'Yemen', 'nea'),
    ('yugoslavia', 'xi', 'Yugoslavia', 'eur'),
    ('zambia', 'zm', 'Zambia', 'af'),
    ('zimbabwe', 'zw', 'Zimbabwe', 'af');

-- A person whose travels are recorded. `key` is the record's `who` attribute
-- (such as blinken-antony-j), stable across files and re-imports.
CREATE TABLE official (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    -- secretary, president, or what the file says.
    role        TEXT NOT NULL,
    -- First and last day abroad in the records: the term as the data shows it.
    term_start  TEXT,
    term_end    TEXT
);

-- One stop abroad: a country (and locale) between two dates.
CREATE TABLE stop (
    id             INTEGER PRIMARY KEY,
    official_id    INTEGER NOT NULL REFERENCES official (id) ON DELETE CASCADE,
    start          TEXT NOT NULL,
    "end"          TEXT NOT NULL CHECK ("end" >= start),
    -- The record's country id; it need not be in the country table (flagged).
    country_id     TEXT NOT NULL,
    -- The country as the record names it, shown when the id is unknown.
    country_label  TEXT NOT NULL,
    locale         TEXT NOT NULL DEFAULT '',
    remarks        TEXT NOT NULL DEFAULT '',
    -- People met, read from the remarks ("met with …").
    counterparts   TEXT NOT NULL DEFAULT '',
    -- Provenance: the file it came from (or 'editor'), its record id there,
    -- and when it was imported.
    source_file    TEXT NOT NULL,
    record_id      TEXT,
    imported_at    TEXT NOT NULL,
    -- The same official in the same place on the same dates is one stop:
    -- duplicate records (the official files have some) are skipped.
    UNIQUE (official_id, start, "end", country_id, locale)
);
CREATE INDEX stop_by_date ON stop (official_id, start);

-- The editor's overrides of the journey rule, for the stop of an official
-- that starts on `day` in `country_id`: 'split' starts a new journey there
-- whatever the gap; 'join' continues the previous journey whatever the gap.
-- Keyed by values, not stop ids, so they survive deleting and re-importing.
CREATE TABLE journey_override (
    official_id  INTEGER NOT NULL REFERENCES official (id) ON DELETE CASCADE,
    day          TEXT NOT NULL,
    country_id   TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('split', 'join')),
    PRIMARY KEY (official_id, day, country_id)
) WITHOUT ROWID;

-- Named, editable sets of country ids. Members are ids as the records write
-- them, so a region can hold ids the country table lacks (west-bank, turkiye).
CREATE TABLE region (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE region_member (
    region_id   INTEGER NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    country_id  TEXT NOT NULL,
    PRIMARY KEY (region_id, country_id)
) WITHOUT ROWID;

-- The default regions: the State Department's geographic bureaus, each with
-- its countries from the table (plus the newer ids the records use for
-- countries of that bureau), and the Middle East as news desks count it.
INSERT INTO region (id, name) VALUES
    (1, 'Africa'), (2, 'East Asia and the Pacific'), (3, 'Europe and Eurasia'),
    (4, 'Near East'), (5, 'South and Central Asia'), (6, 'Western Hemisphere'), (7, 'Middle East');
INSERT INTO region_member (region_id, country_id)
    SELECT CASE bureau WHEN 'af' THEN 1 WHEN 'eap' THEN 2 WHEN 'eur' THEN 3
                       WHEN 'nea' THEN 4 WHEN 'sca' THEN 5 ELSE 6 END, id
    FROM country;
INSERT INTO region_member (region_id, country_id) VALUES
    (1, 'congo-kinshasa'), (3, 'czechia'), (3, 'north-macedonia'), (3, 'turkiye'), (4, 'west-bank');
INSERT INTO region_member (region_id, country_id) VALUES
    (7, 'israel'), (7, 'west-bank'), (7, 'palestinian-authority'), (7, 'jordan'), (7, 'egypt'),
    (7, 'saudi-arabia'), (7, 'qatar'), (7, 'united-arab-emirates'), (7, 'bahrain'), (7, 'kuwait'),
    (7, 'oman'), (7, 'iraq'), (7, 'lebanon'), (7, 'syria'), (7, 'yemen'), (7, 'iran'),
    (7, 'turkiye'), (7, 'turkey');

-- The built-in reference records loaded into this library, by file name, so
-- that a fresh library has them once and an editor's deletions stay deleted.
CREATE TABLE reference_load (
    name       TEXT PRIMARY KEY,
    loaded_at  TEXT NOT NULL
) WITHOUT ROWID;
