-- 0008: what matching reads, kept ready, so that one offer's matches among 100,000 people
-- read a few thousand rows of one table instead of every request, person and consent
-- (desktop/store/match_candidates.py). Both tables are local to this device: they never sync,
-- they are made from the records, and triggers keep them, so no write path can forget them:
-- Records' inserts and updates, tombstones, records arriving by sync (inserted empty, then
-- updated, in any order), erasure (a real DELETE).
--
-- match_people: one row per participant: what matching needs of them, and for the two
-- consents it asks about (keep-record, share-with-organisations) the latest answer (its day,
-- whether it was a yes, and the first day it stops counting: withdrawn or expired), so a query
-- decides "in force today" from three values. `linked`: one of their introductions, as the
-- offer's person or the request's, reached a meeting (desktop/core/introductions.py's
-- reached_meeting: an "ended" with no day they met does not count; "ongoing" is the old word
-- for going well that laptops before 0007 still sync).
--
-- tag_postings: posting lists of gift tags. One row per (record, tag) of every offer, request
-- and opportunity not deleted, carrying all a score needs, so a query reads nothing else: the
-- record's status, weekly grid as a 21-bit mask (bit day * 3 + part, Monday morning bit 0, as
-- desktop/core/match_features.py numbers them), all its tags, an offer's conditions and
-- support, an opportunity's schedule in words; the postcode (the opportunity's or the
-- person's) and a copy of the person's match_people row (NULL while the person is not here).
-- Matching reads the lists of the query's tags and their families (Matcher.index_tags). Tags
-- or grids that are not valid JSON count as none rather than fail the write that brings them.

CREATE TABLE match_people (
    participant_id TEXT PRIMARY KEY NOT NULL,
    team_id TEXT,
    postcode TEXT NOT NULL,
    languages TEXT NOT NULL,
    access_needs TEXT NOT NULL,
    status TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    keep_day TEXT NOT NULL,         -- '' when never asked
    keep_given INTEGER NOT NULL,
    keep_until TEXT NOT NULL,       -- '' when it was neither withdrawn nor expires
    share_day TEXT NOT NULL,
    share_given INTEGER NOT NULL,
    share_until TEXT NOT NULL,
    linked INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE tag_postings (
    tbl TEXT NOT NULL,              -- offers, requests or opportunities
    tag TEXT NOT NULL,
    id TEXT NOT NULL,               -- the record's id
    status TEXT NOT NULL,
    participant_id TEXT NOT NULL,   -- '' for an opportunity
    grid INTEGER NOT NULL,
    tags TEXT NOT NULL,             -- every tag of the record, as the record holds them
    conditions TEXT NOT NULL,       -- an offer's
    support_needed TEXT NOT NULL,   -- an offer's
    schedule TEXT NOT NULL,         -- an opportunity's
    postcode TEXT NOT NULL,         -- an opportunity's, or the person's
    -- The person's match_people row, NULL for an opportunity or a person not here:
    team_id TEXT,
    languages TEXT,
    access_needs TEXT,
    person_status TEXT,
    person_deleted INTEGER,
    keep_day TEXT,
    keep_given INTEGER,
    keep_until TEXT,
    share_day TEXT,
    share_given INTEGER,
    share_until TEXT,
    linked INTEGER,
    PRIMARY KEY (tbl, tag, id)
) WITHOUT ROWID;
CREATE INDEX tag_postings_row ON tag_postings (tbl, id);
CREATE INDEX tag_postings_person ON tag_postings (participant_id) WHERE participant_id != '';

-- ---- the sources: one person's or one record's rows, for the triggers and the first fill ----

CREATE VIEW match_people_source AS
SELECT p.id AS participant_id, p.team_id AS team_id, p.postcode AS postcode,
       p.languages AS languages, p.accessibility_needs AS access_needs, p.status AS status,
       p.deleted AS deleted,
       coalesce((SELECT substr(c.recorded_on, 1, 10) FROM consents c
                 WHERE c.participant_id = p.id AND c.deleted = 0
                       AND c.purpose = 'keep-record'
                 ORDER BY substr(c.recorded_on, 1, 10) DESC, c.created_at DESC,
                          c.rowid DESC LIMIT 1), '') AS keep_day,
       coalesce((SELECT c.given != 0 FROM consents c
                 WHERE c.participant_id = p.id AND c.deleted = 0
                       AND c.purpose = 'keep-record'
                 ORDER BY substr(c.recorded_on, 1, 10) DESC, c.created_at DESC,
                          c.rowid DESC LIMIT 1), 0) AS keep_given,
       coalesce((SELECT CASE WHEN c.withdrawn_on = '' THEN substr(c.expires_on, 1, 10)
                      WHEN c.expires_on = '' THEN substr(c.withdrawn_on, 1, 10)
                      ELSE min(substr(c.withdrawn_on, 1, 10),
                               substr(c.expires_on, 1, 10)) END FROM consents c
                 WHERE c.participant_id = p.id AND c.deleted = 0
                       AND c.purpose = 'keep-record'
                 ORDER BY substr(c.recorded_on, 1, 10) DESC, c.created_at DESC,
                          c.rowid DESC LIMIT 1), '') AS keep_until,
       coalesce((SELECT substr(c.recorded_on, 1, 10) FROM consents c
                 WHERE c.participant_id = p.id AND c.deleted = 0
                       AND c.purpose = 'share-with-organisations'
                 ORDER BY substr(c.recorded_on, 1, 10) DESC, c.created_at DESC,
                          c.rowid DESC LIMIT 1), '') AS share_day,
       coalesce((SELECT c.given != 0 FROM consents c
                 WHERE c.participant_id = p.id AND c.deleted = 0
                       AND c.purpose = 'share-with-organisations'
                 ORDER BY substr(c.recorded_on, 1, 10) DESC, c.created_at DESC,
                          c.rowid DESC LIMIT 1), 0) AS share_given,
       coalesce((SELECT CASE WHEN c.withdrawn_on = '' THEN substr(c.expires_on, 1, 10)
                      WHEN c.expires_on = '' THEN substr(c.withdrawn_on, 1, 10)
                      ELSE min(substr(c.withdrawn_on, 1, 10),
                               substr(c.expires_on, 1, 10)) END FROM consents c
                 WHERE c.participant_id = p.id AND c.deleted = 0
                       AND c.purpose = 'share-with-organisations'
                 ORDER BY substr(c.recorded_on, 1, 10) DESC, c.created_at DESC,
                          c.rowid DESC LIMIT 1), '') AS share_until,
       (EXISTS (SELECT 1 FROM offers o JOIN introductions i ON i.offer_id = o.id
                WHERE o.participant_id = p.id AND i.deleted = 0
                      AND (i.status IN ('met', 'going-well', 'did-not-work-out', 'ongoing')
                           OR (i.status = 'ended' AND i.met_on != '')))
        OR EXISTS (SELECT 1 FROM requests r JOIN introductions i ON i.request_id = r.id
                   WHERE r.participant_id = p.id AND i.deleted = 0
                         AND (i.status IN ('met', 'going-well', 'did-not-work-out', 'ongoing')
                           OR (i.status = 'ended' AND i.met_on != ''))))
       AS linked
FROM participants p;

CREATE VIEW match_offer_postings AS
SELECT 'offers' AS tbl, j.value AS tag, o.id AS id, o.status AS status,
       o.participant_id AS participant_id,
       (SELECT coalesce(sum(DISTINCT 1 << (CASE d.key WHEN 'mon' THEN 0 WHEN 'tue' THEN 3
                  WHEN 'wed' THEN 6 WHEN 'thu' THEN 9 WHEN 'fri' THEN 12 WHEN 'sat' THEN 15
                  WHEN 'sun' THEN 18 END + CASE t.value WHEN 'morning' THEN 0
                  WHEN 'afternoon' THEN 1 WHEN 'evening' THEN 2 END)), 0)
        FROM json_each(CASE WHEN json_valid(o.availability) AND json_type(o.availability) = 'object'
                            THEN o.availability ELSE '{}' END) d,
             json_each(CASE WHEN d.type = 'array' THEN d.value ELSE '[]' END) t) AS grid,
       o.tags AS tags, o.conditions AS conditions, o.support_needed AS support_needed,
       '' AS schedule, coalesce(m.postcode, '') AS postcode,
       m.team_id AS team_id,
       m.languages AS languages,
       m.access_needs AS access_needs,
       m.status AS person_status,
       m.deleted AS person_deleted,
       m.keep_day AS keep_day,
       m.keep_given AS keep_given,
       m.keep_until AS keep_until,
       m.share_day AS share_day,
       m.share_given AS share_given,
       m.share_until AS share_until,
       m.linked AS linked
FROM offers o JOIN json_each(CASE WHEN json_valid(o.tags) THEN o.tags ELSE '[]' END) j
     LEFT JOIN match_people m ON m.participant_id = o.participant_id
WHERE o.deleted = 0 AND j.type = 'text';

CREATE VIEW match_request_postings AS
SELECT 'requests' AS tbl, j.value AS tag, r.id AS id, r.status AS status,
       r.participant_id AS participant_id,
       (SELECT coalesce(sum(DISTINCT 1 << (CASE d.key WHEN 'mon' THEN 0 WHEN 'tue' THEN 3
                  WHEN 'wed' THEN 6 WHEN 'thu' THEN 9 WHEN 'fri' THEN 12 WHEN 'sat' THEN 15
                  WHEN 'sun' THEN 18 END + CASE t.value WHEN 'morning' THEN 0
                  WHEN 'afternoon' THEN 1 WHEN 'evening' THEN 2 END)), 0)
        FROM json_each(CASE WHEN json_valid(r.availability) AND json_type(r.availability) = 'object'
                            THEN r.availability ELSE '{}' END) d,
             json_each(CASE WHEN d.type = 'array' THEN d.value ELSE '[]' END) t) AS grid,
       r.tags AS tags, '' AS conditions, '' AS support_needed,
       '' AS schedule, coalesce(m.postcode, '') AS postcode,
       m.team_id AS team_id,
       m.languages AS languages,
       m.access_needs AS access_needs,
       m.status AS person_status,
       m.deleted AS person_deleted,
       m.keep_day AS keep_day,
       m.keep_given AS keep_given,
       m.keep_until AS keep_until,
       m.share_day AS share_day,
       m.share_given AS share_given,
       m.share_until AS share_until,
       m.linked AS linked
FROM requests r JOIN json_each(CASE WHEN json_valid(r.tags) THEN r.tags ELSE '[]' END) j
     LEFT JOIN match_people m ON m.participant_id = r.participant_id
WHERE r.deleted = 0 AND j.type = 'text';

CREATE VIEW match_opportunity_postings AS
SELECT 'opportunities' AS tbl, j.value AS tag, o.id AS id, o.status AS status,
       '' AS participant_id,
       (SELECT coalesce(sum(DISTINCT 1 << (CASE d.key WHEN 'mon' THEN 0 WHEN 'tue' THEN 3
                  WHEN 'wed' THEN 6 WHEN 'thu' THEN 9 WHEN 'fri' THEN 12 WHEN 'sat' THEN 15
                  WHEN 'sun' THEN 18 END + CASE t.value WHEN 'morning' THEN 0
                  WHEN 'afternoon' THEN 1 WHEN 'evening' THEN 2 END)), 0)
        FROM json_each(CASE WHEN json_valid(o.availability) AND json_type(o.availability) = 'object'
                            THEN o.availability ELSE '{}' END) d,
             json_each(CASE WHEN d.type = 'array' THEN d.value ELSE '[]' END) t) AS grid,
       o.tags AS tags, '' AS conditions, '' AS support_needed, o.schedule AS schedule,
       o.postcode AS postcode,
       NULL AS team_id,
       NULL AS languages,
       NULL AS access_needs,
       NULL AS person_status,
       NULL AS person_deleted,
       NULL AS keep_day,
       NULL AS keep_given,
       NULL AS keep_until,
       NULL AS share_day,
       NULL AS share_given,
       NULL AS share_until,
       NULL AS linked
FROM opportunities o JOIN json_each(CASE WHEN json_valid(o.tags) THEN o.tags ELSE '[]' END) j
WHERE o.deleted = 0 AND j.type = 'text';

INSERT INTO match_people SELECT * FROM match_people_source;
INSERT OR IGNORE INTO tag_postings SELECT * FROM match_offer_postings;
INSERT OR IGNORE INTO tag_postings SELECT * FROM match_request_postings;
INSERT OR IGNORE INTO tag_postings SELECT * FROM match_opportunity_postings;

-- ---- keeping the posting lists ---------------------------------------------------------------

CREATE TRIGGER tag_postings_offers_insert AFTER INSERT ON offers
WHEN new.deleted = 0
BEGIN
    INSERT OR IGNORE INTO tag_postings SELECT * FROM match_offer_postings WHERE id = new.id;
END;
CREATE TRIGGER tag_postings_offers_update AFTER UPDATE OF
    id, participant_id, tags, availability, status, deleted, conditions, support_needed
ON offers
BEGIN
    DELETE FROM tag_postings WHERE tbl = 'offers' AND id = old.id;
    INSERT OR IGNORE INTO tag_postings SELECT * FROM match_offer_postings WHERE id = new.id;
END;
CREATE TRIGGER tag_postings_offers_delete AFTER DELETE ON offers
BEGIN
    DELETE FROM tag_postings WHERE tbl = 'offers' AND id = old.id;
END;

CREATE TRIGGER tag_postings_requests_insert AFTER INSERT ON requests
WHEN new.deleted = 0
BEGIN
    INSERT OR IGNORE INTO tag_postings SELECT * FROM match_request_postings WHERE id = new.id;
END;
CREATE TRIGGER tag_postings_requests_update AFTER UPDATE OF
    id, participant_id, tags, availability, status, deleted
ON requests
BEGIN
    DELETE FROM tag_postings WHERE tbl = 'requests' AND id = old.id;
    INSERT OR IGNORE INTO tag_postings SELECT * FROM match_request_postings WHERE id = new.id;
END;
CREATE TRIGGER tag_postings_requests_delete AFTER DELETE ON requests
BEGIN
    DELETE FROM tag_postings WHERE tbl = 'requests' AND id = old.id;
END;

CREATE TRIGGER tag_postings_opportunities_insert AFTER INSERT ON opportunities
WHEN new.deleted = 0
BEGIN
    INSERT OR IGNORE INTO tag_postings SELECT * FROM match_opportunity_postings WHERE id = new.id;
END;
CREATE TRIGGER tag_postings_opportunities_update AFTER UPDATE OF
    id, tags, availability, status, deleted, schedule, postcode
ON opportunities
BEGIN
    DELETE FROM tag_postings WHERE tbl = 'opportunities' AND id = old.id;
    INSERT OR IGNORE INTO tag_postings SELECT * FROM match_opportunity_postings WHERE id = new.id;
END;
CREATE TRIGGER tag_postings_opportunities_delete AFTER DELETE ON opportunities
BEGIN
    DELETE FROM tag_postings WHERE tbl = 'opportunities' AND id = old.id;
END;

-- A person's row, copied into the postings of their offers and requests.
CREATE TRIGGER tag_postings_person_insert AFTER INSERT ON match_people
BEGIN
    UPDATE tag_postings SET postcode = new.postcode,
        team_id = new.team_id,
        languages = new.languages,
        access_needs = new.access_needs,
        person_status = new.status,
        person_deleted = new.deleted,
        keep_day = new.keep_day,
        keep_given = new.keep_given,
        keep_until = new.keep_until,
        share_day = new.share_day,
        share_given = new.share_given,
        share_until = new.share_until,
        linked = new.linked
    WHERE participant_id = new.participant_id AND participant_id != '';
END;
CREATE TRIGGER tag_postings_person_delete AFTER DELETE ON match_people
BEGIN
    UPDATE tag_postings SET postcode = '',
        team_id = NULL,
        languages = NULL,
        access_needs = NULL,
        person_status = NULL,
        person_deleted = NULL,
        keep_day = NULL,
        keep_given = NULL,
        keep_until = NULL,
        share_day = NULL,
        share_given = NULL,
        share_until = NULL,
        linked = NULL
    WHERE participant_id = old.participant_id AND participant_id != '';
END;

-- ---- keeping the people ------------------------------------------------------------------------
-- Each trigger takes the person's row out and puts it back from match_people_source: a person
-- not (or no longer) here has none.

CREATE TRIGGER match_people_insert AFTER INSERT ON participants
BEGIN
    DELETE FROM match_people WHERE participant_id IN (new.id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (new.id);
END;
CREATE TRIGGER match_people_update AFTER UPDATE OF id, team_id, postcode, languages,
    accessibility_needs, status, deleted ON participants
BEGIN
    DELETE FROM match_people WHERE participant_id IN (old.id, new.id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (old.id, new.id);
END;
CREATE TRIGGER match_people_delete AFTER DELETE ON participants
BEGIN
    DELETE FROM match_people WHERE participant_id = old.id;
END;

CREATE TRIGGER match_people_consent_insert AFTER INSERT ON consents
WHEN new.purpose IN ('keep-record', 'share-with-organisations')
BEGIN
    DELETE FROM match_people WHERE participant_id IN (new.participant_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (new.participant_id);
END;
CREATE TRIGGER match_people_consent_update AFTER UPDATE ON consents
WHEN old.purpose IN ('keep-record', 'share-with-organisations')
     OR new.purpose IN ('keep-record', 'share-with-organisations')
BEGIN
    DELETE FROM match_people WHERE participant_id IN (old.participant_id, new.participant_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (old.participant_id, new.participant_id);
END;
CREATE TRIGGER match_people_consent_delete AFTER DELETE ON consents
WHEN old.purpose IN ('keep-record', 'share-with-organisations')
BEGIN
    DELETE FROM match_people WHERE participant_id IN (old.participant_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (old.participant_id);
END;

-- Linked: an introduction's step, or which offer or request it joins, changed; or an offer or
-- request that an introduction names arrived, moved to another person or went.
CREATE TRIGGER match_people_introduction_insert AFTER INSERT ON introductions
BEGIN
    DELETE FROM match_people WHERE participant_id IN (
        SELECT participant_id FROM offers WHERE id = new.offer_id
        UNION SELECT participant_id FROM requests WHERE id = new.request_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (
        SELECT participant_id FROM offers WHERE id = new.offer_id
        UNION SELECT participant_id FROM requests WHERE id = new.request_id);
END;
CREATE TRIGGER match_people_introduction_update AFTER UPDATE OF offer_id, request_id, status,
    met_on, deleted ON introductions
BEGIN
    DELETE FROM match_people WHERE participant_id IN (
        SELECT participant_id FROM offers WHERE id = old.offer_id
        UNION SELECT participant_id FROM requests WHERE id = old.request_id
        UNION SELECT participant_id FROM offers WHERE id = new.offer_id
        UNION SELECT participant_id FROM requests WHERE id = new.request_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (
        SELECT participant_id FROM offers WHERE id = old.offer_id
        UNION SELECT participant_id FROM requests WHERE id = old.request_id
        UNION SELECT participant_id FROM offers WHERE id = new.offer_id
        UNION SELECT participant_id FROM requests WHERE id = new.request_id);
END;
CREATE TRIGGER match_people_introduction_delete AFTER DELETE ON introductions
BEGIN
    DELETE FROM match_people WHERE participant_id IN (
        SELECT participant_id FROM offers WHERE id = old.offer_id
        UNION SELECT participant_id FROM requests WHERE id = old.request_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (
        SELECT participant_id FROM offers WHERE id = old.offer_id
        UNION SELECT participant_id FROM requests WHERE id = old.request_id);
END;
CREATE TRIGGER match_people_offers_insert AFTER INSERT ON offers
WHEN EXISTS (SELECT 1 FROM introductions WHERE offer_id = new.id)
BEGIN
    DELETE FROM match_people WHERE participant_id IN (new.participant_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (new.participant_id);
END;
CREATE TRIGGER match_people_offers_update AFTER UPDATE OF id, participant_id ON offers
WHEN EXISTS (SELECT 1 FROM introductions WHERE offer_id = old.id)
     OR EXISTS (SELECT 1 FROM introductions WHERE offer_id = new.id)
BEGIN
    DELETE FROM match_people WHERE participant_id IN (old.participant_id, new.participant_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (old.participant_id, new.participant_id);
END;
CREATE TRIGGER match_people_offers_delete AFTER DELETE ON offers
WHEN EXISTS (SELECT 1 FROM introductions WHERE offer_id = old.id)
BEGIN
    DELETE FROM match_people WHERE participant_id IN (old.participant_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (old.participant_id);
END;
CREATE TRIGGER match_people_requests_insert AFTER INSERT ON requests
WHEN EXISTS (SELECT 1 FROM introductions WHERE request_id = new.id)
BEGIN
    DELETE FROM match_people WHERE participant_id IN (new.participant_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (new.participant_id);
END;
CREATE TRIGGER match_people_requests_update AFTER UPDATE OF id, participant_id ON requests
WHEN EXISTS (SELECT 1 FROM introductions WHERE request_id = old.id)
     OR EXISTS (SELECT 1 FROM introductions WHERE request_id = new.id)
BEGIN
    DELETE FROM match_people WHERE participant_id IN (old.participant_id, new.participant_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (old.participant_id, new.participant_id);
END;
CREATE TRIGGER match_people_requests_delete AFTER DELETE ON requests
WHEN EXISTS (SELECT 1 FROM introductions WHERE request_id = old.id)
BEGIN
    DELETE FROM match_people WHERE participant_id IN (old.participant_id);
    INSERT INTO match_people SELECT * FROM match_people_source
    WHERE participant_id IN (old.participant_id);
END;

-- What has already been introduced to an opportunity (left out of its matches). Requests
-- have theirs from 0007 (introductions_request), offers from 0001.
CREATE INDEX IF NOT EXISTS introductions_opportunity ON introductions (opportunity_id)
    WHERE opportunity_id IS NOT NULL;
