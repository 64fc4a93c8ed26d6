-- DialogCoder frequency store, version 1: export runs, their themes, the 21 counties, counts per county and theme.
CREATE TABLE county (
  code TEXT PRIMARY KEY CHECK (length(code) = 2),
  iso TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL
);
CREATE TABLE run (
  id INTEGER PRIMARY KEY,
  exported_at TEXT NOT NULL,
  project_uuid TEXT NOT NULL,
  project_name TEXT NOT NULL,
  round TEXT NOT NULL,
  coder_filter TEXT,
  app_version TEXT NOT NULL,
  UNIQUE (project_uuid, round)
);
CREATE TABLE theme (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  uid TEXT NOT NULL,
  parent_id INTEGER REFERENCES theme(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT,
  depth INTEGER NOT NULL CHECK (depth >= 0),
  sort_order INTEGER NOT NULL,
  UNIQUE (run_id, uid)
);
CREATE INDEX theme_by_run ON theme(run_id, sort_order);
CREATE TABLE frequency (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  county_code TEXT NOT NULL REFERENCES county(code),
  theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  segments INTEGER NOT NULL CHECK (segments >= 0),
  documents INTEGER NOT NULL CHECK (documents >= 0),
  characters INTEGER NOT NULL CHECK (characters >= 0),
  coverage REAL CHECK (coverage IS NULL OR coverage BETWEEN 0 AND 1),
  PRIMARY KEY (run_id, county_code, theme_id)
) WITHOUT ROWID;
CREATE INDEX frequency_by_theme ON frequency(theme_id);
