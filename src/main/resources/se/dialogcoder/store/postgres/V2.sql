-- PostgreSQL schema version 2: a team project. Who is in the team (team_member: a login role, its coder, lead or
-- coder), whether codings are revealed to every coder (project.revealed; blind coding until then), and row-level
-- security that the database enforces whatever client connects (docs/team-server.md, "Rights and roles").
--
-- The policies name no role: they ask team_member about session_user through the functions below, so the same
-- schema serves every team database on a server. What a role may touch at all is granted to the database's two
-- group roles (<db>_lead, <db>_coder) by TeamAdmin; the owner of the tables (the administrator who ran init, or the
-- one who created a single-user database) is not subject to row-level security.
CREATE TABLE team_member (
  role_name text PRIMARY KEY,
  coder_id bigint NOT NULL UNIQUE REFERENCES coder(id) ON DELETE RESTRICT,
  kind text NOT NULL CHECK (kind IN ('lead', 'coder'))
);
ALTER TABLE project ADD COLUMN revealed boolean NOT NULL DEFAULT false;

-- SECURITY DEFINER: they read team_member and project as the tables' owner, so a policy on team_member does not
-- call itself, and they answer only about the connected role (session_user). Their search_path is fixed below.
CREATE FUNCTION dialogcoder_coder_id() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER AS
  $$ SELECT coder_id FROM team_member WHERE role_name = session_user $$;
CREATE FUNCTION dialogcoder_is_member() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS
  $$ SELECT EXISTS (SELECT 1 FROM team_member WHERE role_name = session_user) $$;
CREATE FUNCTION dialogcoder_is_lead() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS
  $$ SELECT EXISTS (SELECT 1 FROM team_member WHERE role_name = session_user AND kind = 'lead') $$;
-- a lead sees every coding; a coder once the project is revealed
CREATE FUNCTION dialogcoder_sees_all_codings() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS
  $$ SELECT EXISTS (SELECT 1 FROM team_member WHERE role_name = session_user AND kind = 'lead')
         OR (EXISTS (SELECT 1 FROM team_member WHERE role_name = session_user)
             AND coalesce((SELECT revealed FROM project WHERE id = 1), false)) $$;

DO $$
DECLARE
  f text;
  t text;
BEGIN
  FOREACH f IN ARRAY ARRAY['dialogcoder_coder_id', 'dialogcoder_is_member', 'dialogcoder_is_lead',
                           'dialogcoder_sees_all_codings'] LOOP
    EXECUTE format('ALTER FUNCTION %I() SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
  -- the team's shared material: every member reads, only a lead writes
  FOREACH t IN ARRAY ARRAY['project', 'document', 'text_unit', 'code', 'coder', 'attribute', 'pseudonym',
                           'document_set', 'document_set_member', 'code_set', 'code_set_member', 'team_member'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING ((SELECT dialogcoder_is_member()))', t || '_read', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING ((SELECT dialogcoder_is_lead())) '
                   'WITH CHECK ((SELECT dialogcoder_is_lead()))', t || '_lead', t);
  END LOOP;
END
$$;

-- codings: a lead does everything; a coder writes only rows of their own coder and reads their own rows, or all
-- once the project is revealed. A coding memo is a column of its coding, so "own memos only" follows.
ALTER TABLE coding ENABLE ROW LEVEL SECURITY;
CREATE POLICY coding_lead ON coding FOR ALL USING ((SELECT dialogcoder_is_lead()))
  WITH CHECK ((SELECT dialogcoder_is_lead()));
CREATE POLICY coding_read ON coding FOR SELECT
  USING (coder_id = (SELECT dialogcoder_coder_id()) OR (SELECT dialogcoder_sees_all_codings()));
CREATE POLICY coding_insert ON coding FOR INSERT WITH CHECK (coder_id = (SELECT dialogcoder_coder_id()));
CREATE POLICY coding_update ON coding FOR UPDATE USING (coder_id = (SELECT dialogcoder_coder_id()))
  WITH CHECK (coder_id = (SELECT dialogcoder_coder_id()));
CREATE POLICY coding_delete ON coding FOR DELETE USING (coder_id = (SELECT dialogcoder_coder_id()));
