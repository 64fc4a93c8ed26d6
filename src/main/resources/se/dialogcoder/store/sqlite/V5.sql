-- Schema version 5: document sets and code sets (REFI-QDA <Set>, MAXQDA's document and code sets). A set is a
-- selection, not a coding: a member row goes with its document or code, a set's rows with the set. Names are
-- unique among the sets of one kind (the application also keeps them unique across both kinds).
CREATE TABLE document_set (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  description TEXT
);
CREATE TABLE document_set_member (
  set_id INTEGER NOT NULL REFERENCES document_set(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (set_id, document_id)
);
CREATE INDEX document_set_member_by_document ON document_set_member(document_id);
CREATE TABLE code_set (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  description TEXT
);
CREATE TABLE code_set_member (
  set_id INTEGER NOT NULL REFERENCES code_set(id) ON DELETE CASCADE,
  code_id INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (set_id, code_id)
);
CREATE INDEX code_set_member_by_code ON code_set_member(code_id);
