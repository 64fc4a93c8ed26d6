-- Schema version 2: memos on project, documents, codes and codings; free document attributes;
-- full-text index over document text (å, ä, ö kept distinct from a, o).
ALTER TABLE project ADD COLUMN memo TEXT;
ALTER TABLE document ADD COLUMN memo TEXT;
ALTER TABLE code ADD COLUMN memo TEXT;
ALTER TABLE coding ADD COLUMN memo TEXT;
CREATE TABLE attribute (
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  value TEXT,
  PRIMARY KEY (document_id, name)
);
CREATE VIRTUAL TABLE document_fts USING fts5(
  text, content = 'document', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO document_fts(document_fts) VALUES ('rebuild');
CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
  INSERT INTO document_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
  INSERT INTO document_fts(document_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
