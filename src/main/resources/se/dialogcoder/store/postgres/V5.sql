-- PostgreSQL schema version 5: the words of the documents, for the word forms of a search ("alla böjningsformer",
-- "sammansättningar"; docs/compound-search.md), as the project file keeps them (its schema version 8): one row per
-- distinct folded token of a document text (the lexemes of search_vector), written when a document is stored;
-- words of more than 100 characters are not kept. A word of a deleted document may stay (it then matches nothing).
CREATE TABLE search_word (word text COLLATE "C" PRIMARY KEY);
-- Existing projects: the lexemes of the stored vectors (documents without a vector are added by PgMigrations).
INSERT INTO search_word(word)
  SELECT DISTINCT u.lexeme FROM document d CROSS JOIN LATERAL unnest(d.search_vector) AS u
  WHERE d.search_vector IS NOT NULL AND length(u.lexeme) <= 100;

-- Team databases: every member reads the words (they are the documents' words), a lead writes them with the
-- documents; the group roles get on search_word what they have on document.
ALTER TABLE search_word ENABLE ROW LEVEL SECURITY;
CREATE POLICY search_word_read ON search_word FOR SELECT USING ((SELECT dialogcoder_is_member()));
CREATE POLICY search_word_lead ON search_word FOR ALL USING ((SELECT dialogcoder_is_lead()))
  WITH CHECK ((SELECT dialogcoder_is_lead()));
DO $$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT DISTINCT grantee, privilege_type FROM information_schema.role_table_grants
           WHERE table_schema = current_schema() AND table_name = 'document' AND grantee <> current_user
             AND privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE') LOOP
    EXECUTE format('GRANT %s ON search_word TO %I', g.privilege_type, g.grantee);
  END LOOP;
END
$$;
