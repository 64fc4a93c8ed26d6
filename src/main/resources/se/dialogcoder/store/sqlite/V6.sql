-- Schema version 6: where a copy pulled from a team server came from, and the pulling coder's codings as pulled
-- (the baseline `server sync` compares with). Empty in a project that was not pulled; nothing else changes.
CREATE TABLE pulled_from (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  server TEXT NOT NULL,
  project_uuid TEXT NOT NULL,
  pulled_at TEXT NOT NULL,
  coder TEXT,
  synced_at TEXT
);
CREATE TABLE pull_baseline (
  document_hash TEXT NOT NULL,
  code_uid TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  memo_hash TEXT,
  PRIMARY KEY (document_hash, code_uid, start, "end")
);
