-- 0002: full-text search over people: their names, their gifts and their offers.
--
-- One FTS5 row per participant (rowid = the participant's rowid), kept up to date by triggers
-- so that no write path can forget it. remove_diacritics folds "Zoë" to "zoe" and "Siân" to
-- "sian"; the prefix indexes make search-as-you-type cheap from the second letter.
CREATE VIRTUAL TABLE people_fts USING fts5 (
    names, gifts, offers,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

INSERT INTO people_fts (rowid, names, gifts, offers)
SELECT p.rowid, p.full_name || ' ' || p.preferred_name,
       coalesce((SELECT group_concat(g.own_words || ' ' || g.tag, ' ') FROM gifts g
                 WHERE g.participant_id = p.id AND g.deleted = 0), ''),
       coalesce((SELECT group_concat(o.title, ' ') FROM offers o
                 WHERE o.participant_id = p.id AND o.deleted = 0), '')
FROM participants p WHERE p.deleted = 0;

CREATE TRIGGER people_fts_insert AFTER INSERT ON participants WHEN new.deleted = 0
BEGIN
    INSERT INTO people_fts (rowid, names, gifts, offers)
    VALUES (new.rowid, new.full_name || ' ' || new.preferred_name, '', '');
END;

CREATE TRIGGER people_fts_update AFTER UPDATE OF full_name, preferred_name, deleted
ON participants
BEGIN
    DELETE FROM people_fts WHERE rowid = old.rowid;
    INSERT INTO people_fts (rowid, names, gifts, offers)
    SELECT new.rowid, new.full_name || ' ' || new.preferred_name,
           coalesce((SELECT group_concat(g.own_words || ' ' || g.tag, ' ') FROM gifts g
                     WHERE g.participant_id = new.id AND g.deleted = 0), ''),
           coalesce((SELECT group_concat(o.title, ' ') FROM offers o
                     WHERE o.participant_id = new.id AND o.deleted = 0), '')
    WHERE new.deleted = 0;
END;

CREATE TRIGGER people_fts_delete AFTER DELETE ON participants
BEGIN
    DELETE FROM people_fts WHERE rowid = old.rowid;
END;

-- Gifts and offers: recompute that person's column. Two triggers per table (insert, update)
-- because a trigger fires for one event only.
CREATE TRIGGER people_fts_gift_insert AFTER INSERT ON gifts
BEGIN
    UPDATE people_fts SET gifts = coalesce((SELECT group_concat(g.own_words || ' ' || g.tag, ' ')
        FROM gifts g WHERE g.participant_id = new.participant_id AND g.deleted = 0), '')
    WHERE rowid = (SELECT rowid FROM participants WHERE id = new.participant_id);
END;
CREATE TRIGGER people_fts_gift_update AFTER UPDATE ON gifts
BEGIN
    UPDATE people_fts SET gifts = coalesce((SELECT group_concat(g.own_words || ' ' || g.tag, ' ')
        FROM gifts g WHERE g.participant_id = new.participant_id AND g.deleted = 0), '')
    WHERE rowid = (SELECT rowid FROM participants WHERE id = new.participant_id);
END;
CREATE TRIGGER people_fts_offer_insert AFTER INSERT ON offers
BEGIN
    UPDATE people_fts SET offers = coalesce((SELECT group_concat(o.title, ' ')
        FROM offers o WHERE o.participant_id = new.participant_id AND o.deleted = 0), '')
    WHERE rowid = (SELECT rowid FROM participants WHERE id = new.participant_id);
END;
CREATE TRIGGER people_fts_offer_update AFTER UPDATE ON offers
BEGIN
    UPDATE people_fts SET offers = coalesce((SELECT group_concat(o.title, ' ')
        FROM offers o WHERE o.participant_id = new.participant_id AND o.deleted = 0), '')
    WHERE rowid = (SELECT rowid FROM participants WHERE id = new.participant_id);
END;

-- The register with an empty search box lists people by name: an index keeps that instant.
CREATE INDEX participants_name ON participants (full_name) WHERE deleted = 0;
