-- Schema version 1: documents, units, codebook, coders, codings.
CREATE TABLE project (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uuid TEXT NOT NULL,
  name TEXT NOT NULL,
  round TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  county TEXT CHECK (county IS NULL OR length(county) = 2),
  kind TEXT NOT NULL CHECK (kind IN ('transcript', 'notes')),
  round TEXT,
  dialogue_date TEXT,
  source_file TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  characters INTEGER NOT NULL,
  words INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE TABLE text_unit (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'turn')),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL CHECK (end >= start),
  body_start INTEGER NOT NULL,
  speaker TEXT,
  start_ms INTEGER,
  end_ms INTEGER,
  UNIQUE (document_id, idx)
);
CREATE TABLE code (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES code(id) ON DELETE RESTRICT,
  name TEXT NOT NULL,
  name_en TEXT,
  description TEXT,
  description_en TEXT,
  color TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE coder (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE coding (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE RESTRICT,
  code_id INTEGER NOT NULL REFERENCES code(id) ON DELETE RESTRICT,
  coder_id INTEGER NOT NULL REFERENCES coder(id) ON DELETE RESTRICT,
  start INTEGER NOT NULL CHECK (start >= 0),
  end INTEGER NOT NULL CHECK (end > start),
  created_at TEXT NOT NULL
);
CREATE INDEX coding_by_document ON coding(document_id, start);
CREATE INDEX coding_by_code ON coding(code_id);
CREATE INDEX text_unit_by_document ON text_unit(document_id, start);
