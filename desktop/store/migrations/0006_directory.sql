-- 0006: the directory (Open Referral UK / HSDS) and the marketplace's opportunities.
-- `source` names the directory a record was imported from: a directory's own ids
-- (external_id) are unique only inside it, so a re-import matches on (source, external_id).
-- Records a linker typed in have source = ''.
ALTER TABLE organisations ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN status TEXT NOT NULL DEFAULT 'open';

ALTER TABLE opportunities ADD COLUMN source TEXT NOT NULL DEFAULT '';
-- The weekly grid (desktop/core/offers.py), as offers and requests hold it; `schedule` keeps
-- what does not fit a grid ("first Tuesday of the month") in words.
ALTER TABLE opportunities ADD COLUMN availability TEXT NOT NULL DEFAULT '{}';
ALTER TABLE opportunities ADD COLUMN accessibility TEXT NOT NULL DEFAULT '';
ALTER TABLE opportunities ADD COLUMN suits TEXT NOT NULL DEFAULT '';
ALTER TABLE opportunities ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
ALTER TABLE opportunities ADD COLUMN cost TEXT NOT NULL DEFAULT '';
-- Directory taxonomy terms with no gift tag: kept as text, never dropped.
ALTER TABLE opportunities ADD COLUMN other_terms TEXT NOT NULL DEFAULT '[]';
-- The directory's own word for the status ("active", "defunct", …) beside ours (open/closed).
ALTER TABLE opportunities ADD COLUMN source_status TEXT NOT NULL DEFAULT '';
ALTER TABLE opportunities ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE opportunities ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE opportunities ADD COLUMN website TEXT NOT NULL DEFAULT '';

CREATE INDEX organisations_source ON organisations (source, external_id) WHERE source != '';
CREATE INDEX opportunities_source ON opportunities (source, external_id) WHERE source != '';
