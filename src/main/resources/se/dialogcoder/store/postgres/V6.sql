-- PostgreSQL schema version 6: codings made by accepting a code suggestion (docs/suggestions.md), as the project
-- file keeps them at its version 9: one row per such coding with the suggestion's score and when it was accepted.
-- The row goes with its coding (ON DELETE CASCADE); the coding table and its totals triggers (V4) are untouched.
CREATE TABLE suggestion_accepted (
  coding_id bigint PRIMARY KEY REFERENCES coding(id) ON DELETE CASCADE,
  score double precision NOT NULL CHECK (score >= 0 AND score <= 1),
  accepted_at text NOT NULL
);

-- Team databases: a mark follows its coding. A lead does everything; a coder sees the marks of the codings they
-- see (the policy's sub-query is itself under coding's row-level security) and writes marks only on codings of
-- their own coder. The group roles get on suggestion_accepted what they have on coding.
ALTER TABLE suggestion_accepted ENABLE ROW LEVEL SECURITY;
CREATE POLICY suggestion_accepted_lead ON suggestion_accepted FOR ALL USING ((SELECT dialogcoder_is_lead()))
  WITH CHECK ((SELECT dialogcoder_is_lead()));
CREATE POLICY suggestion_accepted_read ON suggestion_accepted FOR SELECT
  USING (EXISTS (SELECT 1 FROM coding c WHERE c.id = coding_id));
CREATE POLICY suggestion_accepted_own ON suggestion_accepted FOR ALL
  USING (EXISTS (SELECT 1 FROM coding c WHERE c.id = coding_id AND c.coder_id = (SELECT dialogcoder_coder_id())))
  WITH CHECK (EXISTS (SELECT 1 FROM coding c WHERE c.id = coding_id
                      AND c.coder_id = (SELECT dialogcoder_coder_id())));
DO $$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT DISTINCT grantee, privilege_type FROM information_schema.role_table_grants
           WHERE table_schema = current_schema() AND table_name = 'coding' AND grantee <> current_user
             AND privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE') LOOP
    EXECUTE format('GRANT %s ON suggestion_accepted TO %I', g.privilege_type, g.grantee);
  END LOOP;
END
$$;
