-- Schema version 3: the pseudonyms given at import. Only a keyed hash (HMAC-SHA256 with a secret kept outside
-- the project) of each replaced value is stored, never the value itself.
CREATE TABLE pseudonym (
  kind TEXT NOT NULL,
  value_hash TEXT NOT NULL,
  number INTEGER NOT NULL CHECK (number > 0),
  key_id TEXT NOT NULL,
  PRIMARY KEY (kind, value_hash),
  UNIQUE (kind, number)
);
