-- 0009: what this vault last imported from a directory, per record (desktop/store/directory.py).
-- Local to this device: it never syncs. A re-import compares each field three ways: the
-- vault's value, the value imported last time (here) and the directory's value now. A field
-- whose vault value is no longer what was imported was edited by a linker: the edit is kept
-- and the difference reported, instead of the directory quietly overwriting it.
-- `imported` is JSON {column: value as the column stores it}.
CREATE TABLE directory_imports (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    imported TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;
