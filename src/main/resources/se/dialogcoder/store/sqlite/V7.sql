-- Schema version 7: aggregates kept on write (see store.CodingTotals and docs/architecture.md, "Totals").
-- Counts, covered characters and documents per stratum (county, kind, round), code and coder, and pairs of codes
-- that meet, so that frequencies, the matrix, co-occurrence and the codebook's counts cost counties × codes, not
-- codings. '' stands for an unknown county or no round; code 0 for every code, coder 0 for every coder.
CREATE TABLE coding_total (
  coder_id INTEGER NOT NULL,
  county TEXT NOT NULL,
  kind TEXT NOT NULL,
  round TEXT NOT NULL,
  code_id INTEGER NOT NULL,
  segments INTEGER NOT NULL,
  characters INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  tree_segments INTEGER NOT NULL,
  tree_characters INTEGER NOT NULL,
  tree_documents INTEGER NOT NULL,
  PRIMARY KEY (coder_id, county, kind, round, code_id)
) WITHOUT ROWID;
CREATE TABLE coding_pair_total (
  meeting TEXT NOT NULL CHECK (meeting IN ('overlap', 'unit', 'unit_theme')),
  coder_id INTEGER NOT NULL,
  county TEXT NOT NULL,
  kind TEXT NOT NULL,
  round TEXT NOT NULL,
  code_a INTEGER NOT NULL,
  code_b INTEGER NOT NULL,
  pairs INTEGER NOT NULL,
  PRIMARY KEY (meeting, coder_id, county, kind, round, code_a, code_b)
) WITHOUT ROWID;
CREATE TABLE coding_total_document (
  document_id INTEGER NOT NULL,
  coder_id INTEGER NOT NULL,
  segments INTEGER NOT NULL,
  PRIMARY KEY (document_id, coder_id)
) WITHOUT ROWID;

-- What changed since the totals were last brought up to date (at the end of every write of the application; a
-- change made by another program is folded in at the next write, and until then the totals are not read).
-- A document's stratum as it was then; codings inserted since; codings as they were before an update or delete;
-- text units of a document deleted since; and a row asking to compute everything again (the code tree or the
-- text units of coded documents changed).
CREATE TABLE coding_total_dirty (
  document_id INTEGER PRIMARY KEY,
  county TEXT,
  kind TEXT,
  round TEXT
);
CREATE TABLE coding_total_new (id INTEGER PRIMARY KEY);
CREATE TABLE coding_total_old (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL,
  code_id INTEGER NOT NULL,
  coder_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE TABLE coding_total_old_unit (
  document_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE TABLE coding_total_rebuild (id INTEGER PRIMARY KEY CHECK (id = 1));

CREATE TRIGGER coding_total_on_insert AFTER INSERT ON coding BEGIN
  INSERT OR IGNORE INTO coding_total_dirty SELECT id, county, kind, round FROM document WHERE id = NEW.document_id;
  INSERT OR IGNORE INTO coding_total_new(id) VALUES (NEW.id);
END;
CREATE TRIGGER coding_total_on_delete AFTER DELETE ON coding BEGIN
  INSERT OR IGNORE INTO coding_total_dirty SELECT id, county, kind, round FROM document WHERE id = OLD.document_id;
  INSERT OR IGNORE INTO coding_total_old SELECT OLD.id, OLD.document_id, OLD.code_id, OLD.coder_id, OLD.start, OLD.end
    WHERE NOT EXISTS (SELECT 1 FROM coding_total_new WHERE id = OLD.id);
END;
CREATE TRIGGER coding_total_on_update AFTER UPDATE OF document_id, code_id, coder_id, start, end ON coding BEGIN
  INSERT OR IGNORE INTO coding_total_dirty SELECT id, county, kind, round FROM document
    WHERE id IN (OLD.document_id, NEW.document_id);
  INSERT OR IGNORE INTO coding_total_old SELECT OLD.id, OLD.document_id, OLD.code_id, OLD.coder_id, OLD.start, OLD.end
    WHERE NOT EXISTS (SELECT 1 FROM coding_total_new WHERE id = OLD.id);
END;
CREATE TRIGGER coding_total_on_document_change BEFORE UPDATE OF county, kind, round ON document
  WHEN EXISTS (SELECT 1 FROM coding WHERE document_id = OLD.id) BEGIN
  INSERT OR IGNORE INTO coding_total_dirty VALUES (OLD.id, OLD.county, OLD.kind, OLD.round);
END;
CREATE TRIGGER coding_total_on_unit_delete BEFORE DELETE ON text_unit
  WHEN EXISTS (SELECT 1 FROM coding_total_dirty WHERE document_id = OLD.document_id) BEGIN
  INSERT INTO coding_total_old_unit VALUES (OLD.document_id, OLD.start, OLD.end);
END;
CREATE TRIGGER coding_total_on_unit_change AFTER UPDATE OF document_id, start, end ON text_unit
  WHEN EXISTS (SELECT 1 FROM coding WHERE document_id IN (OLD.document_id, NEW.document_id)) BEGIN
  INSERT OR IGNORE INTO coding_total_rebuild VALUES (1);
END;
CREATE TRIGGER coding_total_on_unit_insert AFTER INSERT ON text_unit
  WHEN EXISTS (SELECT 1 FROM coding WHERE document_id = NEW.document_id)
    OR EXISTS (SELECT 1 FROM coding_total_old_unit WHERE document_id = NEW.document_id) BEGIN
  INSERT OR IGNORE INTO coding_total_rebuild VALUES (1);
END;
CREATE TRIGGER coding_total_on_code_move AFTER UPDATE OF parent_id ON code
  WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  INSERT OR IGNORE INTO coding_total_rebuild VALUES (1);
END;
CREATE TRIGGER coding_total_on_code_delete AFTER DELETE ON code
  WHEN EXISTS (SELECT 1 FROM coding_total_old WHERE code_id = OLD.id) BEGIN
  INSERT OR IGNORE INTO coding_total_rebuild VALUES (1);
END;

-- Existing projects: everything is computed when the migration is committed (Migrations.afterStep).
INSERT INTO coding_total_rebuild VALUES (1);
CREATE INDEX coding_total_old_by_document ON coding_total_old(document_id);
CREATE INDEX coding_total_old_unit_by_document ON coding_total_old_unit(document_id);

-- Listing documents (the document list, the documents in scope of a count, search results) reads every column of
-- the listing but the text; the text lies before characters, words and imported_at in the row, so reading those
-- walks the text's overflow pages. This covering index holds the listing without the text.
CREATE INDEX document_listing ON document(county, name, kind, round, dialogue_date, source_file, content_hash,
  characters, words, imported_at);
