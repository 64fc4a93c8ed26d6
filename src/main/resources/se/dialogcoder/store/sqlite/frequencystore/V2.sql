-- DialogCoder frequency store, version 2: words in the coded text, what was counted per county (documents,
-- characters, words), documents of unknown county, and a view with names for queries by hand.
-- Runs written by version 1 keep NULL words, NULL unknown_county_documents and no run_county rows.
ALTER TABLE frequency ADD COLUMN words INTEGER CHECK (words IS NULL OR words >= 0);
ALTER TABLE run ADD COLUMN unknown_county_documents INTEGER;
CREATE TABLE run_county (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  county_code TEXT NOT NULL REFERENCES county(code),
  documents INTEGER NOT NULL CHECK (documents >= 0),
  characters INTEGER NOT NULL CHECK (characters >= 0),
  words INTEGER NOT NULL CHECK (words >= 0),
  PRIMARY KEY (run_id, county_code)
) WITHOUT ROWID;
CREATE VIEW frequency_view AS
SELECT r.id AS run_id, r.round, r.project_name, r.project_uuid, r.coder_filter, r.exported_at,
       c.code AS county_code, c.iso AS county_iso, c.name AS county,
       t.uid AS theme_uid, t.path AS theme, t.depth,
       f.segments, f.documents, f.characters, f.words, f.coverage
FROM frequency f
JOIN run r ON r.id = f.run_id
JOIN county c ON c.code = f.county_code
JOIN theme t ON t.id = f.theme_id;
