-- 0010: the Community Marketplace register's index (desktop/store/marketplace_queries.py).
--
-- One full-text table per kind (offers, requests, opportunities): one row per current record,
-- its rowid the record's. Beside the words to search as you type (the record's own words and
-- tags, the name of its person or organisation), each row holds its filters as tokens in the
-- `facets` column, so any mix of filters and typed words is one MATCH: FTS5 intersects sorted
-- posting lists, counts them, and lists the newest first (highest rowid) without sorting, at
-- any size of register. Typed words are looked for in `words` and `names` only; the filter
-- tokens, in `facets`, are:
--
--   _all                  every row               _current      not ended, not closed
--   _status<hex>          its status              _team<hex>    _linker<hex>   its person's
--   _area<hex>            the postcode district ("LS6") of its person, or its own place
--   _tag<hex>             each gift tag           _lang<hex>    each language, as written
--   _slot<n> _day<d> _part<p>   each cell of its weekly grid: n = 3 d + p, Monday and
--                         morning 0 (as desktop/core/match_features.py numbers the cells)
--
-- <hex> is the value's UTF-8 bytes in hexadecimal, so any text is one token. Only records not
-- deleted, whose person or organisation is not deleted either, have a row. Each kind's rows
-- come from a view (market_offers, ...); triggers take a record's row out and put it back
-- from the view whenever the record, its person or its organisation is written, so no write
-- path, sync included, can forget it. Malformed JSON counts as empty rather than failing the
-- write that brought it. The tables keep no copy of the text (contentless).

CREATE VIRTUAL TABLE market_offers_fts USING fts5 (
    words, names, facets,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'",
    prefix = '1 2 3', detail = column, content = '', contentless_delete = 1
);
CREATE VIRTUAL TABLE market_requests_fts USING fts5 (
    words, names, facets,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'",
    prefix = '1 2 3', detail = column, content = '', contentless_delete = 1
);
CREATE VIRTUAL TABLE market_opportunities_fts USING fts5 (
    words, names, facets,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'",
    prefix = '1 2 3', detail = column, content = '', contentless_delete = 1
);

-- ---- what each row holds --------------------------------------------------------------------
-- An opportunity belongs to no team and no linker; its district is its own postcode's.

CREATE VIEW market_offers AS
SELECT r.rowid AS item, r.title || ' ' || r.tags AS words,
       coalesce(p.full_name || ' ' || p.preferred_name, '') AS names,
       '_all'
       || CASE WHEN r.status NOT IN ('ended') THEN ' _current' ELSE '' END
       || ' _status' || hex(r.status)
       || CASE WHEN coalesce(p.team_id, '') != '' THEN ' _team' || hex(p.team_id) ELSE '' END
       || CASE WHEN coalesce(p.linker_id, '') != '' THEN ' _linker' || hex(p.linker_id)
               ELSE '' END
       || CASE WHEN coalesce(p.postcode, '') != ''
               THEN ' _area' || hex(CASE WHEN length(replace(p.postcode, ' ', '')) >= 5
                    THEN rtrim(substr(upper(trim(p.postcode)), 1,
                                      length(trim(p.postcode)) - 3))
                    ELSE upper(trim(p.postcode)) END)
               ELSE '' END
       || coalesce((SELECT ' ' || group_concat('_tag' || hex(j.value), ' ')
                    FROM json_each(CASE WHEN json_valid(r.tags)
                             THEN r.tags ELSE '[]' END) j
                    WHERE j.type = 'text' AND j.value != ''), '')
       || coalesce((SELECT ' ' || group_concat('_lang' || hex(trim(j.value)), ' ')
                    FROM json_each(CASE WHEN json_valid(p.languages)
                             THEN p.languages ELSE '[]' END) j
                    WHERE j.type = 'text' AND trim(j.value) != ''), '')
       || coalesce((SELECT ' ' || group_concat('_slot' || n || ' _day' || (n / 3)
                                               || ' _part' || (n % 3), ' ')
                    FROM (SELECT CASE d.key WHEN 'mon' THEN 0 WHEN 'tue' THEN 3
                                 WHEN 'wed' THEN 6 WHEN 'thu' THEN 9 WHEN 'fri' THEN 12
                                 WHEN 'sat' THEN 15 WHEN 'sun' THEN 18 END
                                 + CASE t.value WHEN 'morning' THEN 0 WHEN 'afternoon' THEN 1
                                   WHEN 'evening' THEN 2 END AS n
                          FROM json_each(CASE WHEN json_valid(r.availability)
                                       THEN r.availability ELSE '{}' END) d,
                               json_each(CASE WHEN d.type = 'array' THEN d.value
                                         ELSE '[]' END) t)
                    WHERE n IS NOT NULL), '') AS facets
FROM offers r LEFT JOIN participants p ON p.id = r.participant_id
WHERE r.deleted = 0 AND coalesce(p.deleted, 0) = 0;

CREATE VIEW market_requests AS
SELECT r.rowid AS item, r.title || ' ' || r.details || ' ' || r.tags AS words,
       coalesce(p.full_name || ' ' || p.preferred_name, '') AS names,
       '_all'
       || CASE WHEN r.status NOT IN ('closed') THEN ' _current' ELSE '' END
       || ' _status' || hex(r.status)
       || CASE WHEN coalesce(p.team_id, '') != '' THEN ' _team' || hex(p.team_id) ELSE '' END
       || CASE WHEN coalesce(p.linker_id, '') != '' THEN ' _linker' || hex(p.linker_id)
               ELSE '' END
       || CASE WHEN coalesce(p.postcode, '') != ''
               THEN ' _area' || hex(CASE WHEN length(replace(p.postcode, ' ', '')) >= 5
                    THEN rtrim(substr(upper(trim(p.postcode)), 1,
                                      length(trim(p.postcode)) - 3))
                    ELSE upper(trim(p.postcode)) END)
               ELSE '' END
       || coalesce((SELECT ' ' || group_concat('_tag' || hex(j.value), ' ')
                    FROM json_each(CASE WHEN json_valid(r.tags)
                             THEN r.tags ELSE '[]' END) j
                    WHERE j.type = 'text' AND j.value != ''), '')
       || coalesce((SELECT ' ' || group_concat('_lang' || hex(trim(j.value)), ' ')
                    FROM json_each(CASE WHEN json_valid(p.languages)
                             THEN p.languages ELSE '[]' END) j
                    WHERE j.type = 'text' AND trim(j.value) != ''), '')
       || coalesce((SELECT ' ' || group_concat('_slot' || n || ' _day' || (n / 3)
                                               || ' _part' || (n % 3), ' ')
                    FROM (SELECT CASE d.key WHEN 'mon' THEN 0 WHEN 'tue' THEN 3
                                 WHEN 'wed' THEN 6 WHEN 'thu' THEN 9 WHEN 'fri' THEN 12
                                 WHEN 'sat' THEN 15 WHEN 'sun' THEN 18 END
                                 + CASE t.value WHEN 'morning' THEN 0 WHEN 'afternoon' THEN 1
                                   WHEN 'evening' THEN 2 END AS n
                          FROM json_each(CASE WHEN json_valid(r.availability)
                                       THEN r.availability ELSE '{}' END) d,
                               json_each(CASE WHEN d.type = 'array' THEN d.value
                                         ELSE '[]' END) t)
                    WHERE n IS NOT NULL), '') AS facets
FROM requests r LEFT JOIN participants p ON p.id = r.participant_id
WHERE r.deleted = 0 AND coalesce(p.deleted, 0) = 0;

CREATE VIEW market_opportunities AS
SELECT r.rowid AS item, r.title || ' ' || r.description || ' ' || r.location || ' ' || r.tags
           || ' ' || r.other_terms AS words,
       coalesce(g.name, '') AS names,
       '_all'
       || CASE WHEN r.status NOT IN ('closed') THEN ' _current' ELSE '' END
       || ' _status' || hex(r.status)
       || CASE WHEN coalesce(r.postcode, '') != ''
               THEN ' _area' || hex(CASE WHEN length(replace(r.postcode, ' ', '')) >= 5
                    THEN rtrim(substr(upper(trim(r.postcode)), 1,
                                      length(trim(r.postcode)) - 3))
                    ELSE upper(trim(r.postcode)) END)
               ELSE '' END
       || coalesce((SELECT ' ' || group_concat('_tag' || hex(j.value), ' ')
                    FROM json_each(CASE WHEN json_valid(r.tags)
                             THEN r.tags ELSE '[]' END) j
                    WHERE j.type = 'text' AND j.value != ''), '')
       || coalesce((SELECT ' ' || group_concat('_lang' || hex(trim(j.value)), ' ')
                    FROM json_each(CASE WHEN json_valid(r.languages)
                             THEN r.languages ELSE '[]' END) j
                    WHERE j.type = 'text' AND trim(j.value) != ''), '')
       || coalesce((SELECT ' ' || group_concat('_slot' || n || ' _day' || (n / 3)
                                               || ' _part' || (n % 3), ' ')
                    FROM (SELECT CASE d.key WHEN 'mon' THEN 0 WHEN 'tue' THEN 3
                                 WHEN 'wed' THEN 6 WHEN 'thu' THEN 9 WHEN 'fri' THEN 12
                                 WHEN 'sat' THEN 15 WHEN 'sun' THEN 18 END
                                 + CASE t.value WHEN 'morning' THEN 0 WHEN 'afternoon' THEN 1
                                   WHEN 'evening' THEN 2 END AS n
                          FROM json_each(CASE WHEN json_valid(r.availability)
                                       THEN r.availability ELSE '{}' END) d,
                               json_each(CASE WHEN d.type = 'array' THEN d.value
                                         ELSE '[]' END) t)
                    WHERE n IS NOT NULL), '') AS facets
FROM opportunities r LEFT JOIN organisations g ON g.id = r.organisation_id
WHERE r.deleted = 0 AND coalesce(g.deleted, 0) = 0;

-- The terms of each table, for the districts and languages to offer as filters.
CREATE VIRTUAL TABLE market_offers_terms USING fts5vocab (market_offers_fts, 'row');
CREATE VIRTUAL TABLE market_requests_terms USING fts5vocab (market_requests_fts, 'row');
CREATE VIRTUAL TABLE market_opportunities_terms USING fts5vocab (market_opportunities_fts, 'row');

-- ---- filling them, for a vault made before this ---------------------------------------------
INSERT INTO market_offers_fts (rowid, words, names, facets)
SELECT item, words, names, facets FROM market_offers;
INSERT INTO market_requests_fts (rowid, words, names, facets)
SELECT item, words, names, facets FROM market_requests;
INSERT INTO market_opportunities_fts (rowid, words, names, facets)
SELECT item, words, names, facets FROM market_opportunities;

-- ---- keeping them -----------------------------------------------------------------------------
-- Out, then back from the view: an insert too, in case a row id is used again.

CREATE TRIGGER market_offers_insert AFTER INSERT ON offers
BEGIN
    DELETE FROM market_offers_fts WHERE rowid = new.rowid;
    INSERT INTO market_offers_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_offers WHERE item = new.rowid;
END;
CREATE TRIGGER market_offers_update
AFTER UPDATE OF participant_id, title, tags, availability, status,
    deleted
ON offers
BEGIN
    DELETE FROM market_offers_fts WHERE rowid = old.rowid;
    INSERT INTO market_offers_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_offers WHERE item = new.rowid;
END;
CREATE TRIGGER market_offers_delete AFTER DELETE ON offers
BEGIN
    DELETE FROM market_offers_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER market_requests_insert AFTER INSERT ON requests
BEGIN
    DELETE FROM market_requests_fts WHERE rowid = new.rowid;
    INSERT INTO market_requests_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_requests WHERE item = new.rowid;
END;
CREATE TRIGGER market_requests_update
AFTER UPDATE OF participant_id, title, details, tags, availability,
    status, deleted
ON requests
BEGIN
    DELETE FROM market_requests_fts WHERE rowid = old.rowid;
    INSERT INTO market_requests_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_requests WHERE item = new.rowid;
END;
CREATE TRIGGER market_requests_delete AFTER DELETE ON requests
BEGIN
    DELETE FROM market_requests_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER market_opportunities_insert AFTER INSERT ON opportunities
BEGIN
    DELETE FROM market_opportunities_fts WHERE rowid = new.rowid;
    INSERT INTO market_opportunities_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_opportunities WHERE item = new.rowid;
END;
CREATE TRIGGER market_opportunities_update
AFTER UPDATE OF organisation_id, title, description, location,
    postcode, tags, other_terms, languages, availability, status, deleted
ON opportunities
BEGIN
    DELETE FROM market_opportunities_fts WHERE rowid = old.rowid;
    INSERT INTO market_opportunities_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_opportunities WHERE item = new.rowid;
END;
CREATE TRIGGER market_opportunities_delete AFTER DELETE ON opportunities
BEGIN
    DELETE FROM market_opportunities_fts WHERE rowid = old.rowid;
END;

-- A person's offers and requests carry their name, team, linker, district and languages;
-- an organisation's opportunities its name. Either may arrive by sync after them (until then
-- the records show without them), and one erased takes its records with it.

CREATE TRIGGER market_people_insert AFTER INSERT ON participants
BEGIN
    DELETE FROM market_offers_fts
    WHERE rowid IN (SELECT rowid FROM offers WHERE participant_id = new.id);
    INSERT INTO market_offers_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_offers
    WHERE item IN (SELECT rowid FROM offers WHERE participant_id = new.id);
    DELETE FROM market_requests_fts
    WHERE rowid IN (SELECT rowid FROM requests WHERE participant_id = new.id);
    INSERT INTO market_requests_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_requests
    WHERE item IN (SELECT rowid FROM requests WHERE participant_id = new.id);
END;

CREATE TRIGGER market_people_update
AFTER UPDATE OF full_name, preferred_name, team_id, linker_id, postcode,
    languages, deleted
ON participants
BEGIN
    DELETE FROM market_offers_fts
    WHERE rowid IN (SELECT rowid FROM offers WHERE participant_id = new.id);
    INSERT INTO market_offers_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_offers
    WHERE item IN (SELECT rowid FROM offers WHERE participant_id = new.id);
    DELETE FROM market_requests_fts
    WHERE rowid IN (SELECT rowid FROM requests WHERE participant_id = new.id);
    INSERT INTO market_requests_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_requests
    WHERE item IN (SELECT rowid FROM requests WHERE participant_id = new.id);
END;

CREATE TRIGGER market_people_delete AFTER DELETE ON participants
BEGIN
    DELETE FROM market_offers_fts
    WHERE rowid IN (SELECT rowid FROM offers WHERE participant_id = old.id);
    INSERT INTO market_offers_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_offers
    WHERE item IN (SELECT rowid FROM offers WHERE participant_id = old.id);
    DELETE FROM market_requests_fts
    WHERE rowid IN (SELECT rowid FROM requests WHERE participant_id = old.id);
    INSERT INTO market_requests_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_requests
    WHERE item IN (SELECT rowid FROM requests WHERE participant_id = old.id);
END;

CREATE TRIGGER market_organisations_insert AFTER INSERT ON organisations
BEGIN
    DELETE FROM market_opportunities_fts
    WHERE rowid IN (SELECT rowid FROM opportunities WHERE organisation_id = new.id);
    INSERT INTO market_opportunities_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_opportunities
    WHERE item IN (SELECT rowid FROM opportunities WHERE organisation_id = new.id);
END;

CREATE TRIGGER market_organisations_update
AFTER UPDATE OF name, deleted
ON organisations
BEGIN
    DELETE FROM market_opportunities_fts
    WHERE rowid IN (SELECT rowid FROM opportunities WHERE organisation_id = new.id);
    INSERT INTO market_opportunities_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_opportunities
    WHERE item IN (SELECT rowid FROM opportunities WHERE organisation_id = new.id);
END;

CREATE TRIGGER market_organisations_delete AFTER DELETE ON organisations
BEGIN
    DELETE FROM market_opportunities_fts
    WHERE rowid IN (SELECT rowid FROM opportunities WHERE organisation_id = old.id);
    INSERT INTO market_opportunities_fts (rowid, words, names, facets)
    SELECT item, words, names, facets FROM market_opportunities
    WHERE item IN (SELECT rowid FROM opportunities WHERE organisation_id = old.id);
END;
