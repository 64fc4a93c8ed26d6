-- Schema version 9: codings made by accepting a code suggestion (docs/suggestions.md). One row per such coding,
-- with the score the suggestion had and when it was accepted (ISO-8601). The row goes with its coding (a deleted
-- coding takes its mark along); undo of an accepted suggestion removes both. A separate table, not a column of
-- coding, so the coding table and its totals triggers (version 7) stay as they were.
CREATE TABLE suggestion_accepted (
  coding_id INTEGER PRIMARY KEY REFERENCES coding(id) ON DELETE CASCADE,
  score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
  accepted_at TEXT NOT NULL
);
