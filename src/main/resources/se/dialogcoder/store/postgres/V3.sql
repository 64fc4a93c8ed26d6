-- PostgreSQL schema version 3: change notices. Every committed statement that changes what a window shows sends a
-- notice on the channel "dialogcoder" (payload: the table). A window on the same project LISTENs and reads again,
-- so two coders see each other's codings, memos and codebook changes within a second. pg_notify inside a
-- transaction is delivered at commit (and not at all on rollback); equal notices of one transaction are folded.
CREATE FUNCTION dialogcoder_notify() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM pg_notify('dialogcoder', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
CREATE TRIGGER coding_notice AFTER INSERT OR UPDATE OR DELETE ON coding
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
CREATE TRIGGER code_notice AFTER INSERT OR UPDATE OR DELETE ON code
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
CREATE TRIGGER document_notice AFTER INSERT OR UPDATE OR DELETE ON document
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
CREATE TRIGGER attribute_notice AFTER INSERT OR UPDATE OR DELETE ON attribute
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
CREATE TRIGGER project_notice AFTER INSERT OR UPDATE OR DELETE ON project
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
CREATE TRIGGER coder_notice AFTER INSERT OR UPDATE OR DELETE ON coder
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
CREATE TRIGGER document_set_notice AFTER INSERT OR UPDATE OR DELETE ON document_set
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
CREATE TRIGGER document_set_member_notice AFTER INSERT OR UPDATE OR DELETE ON document_set_member
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
CREATE TRIGGER code_set_notice AFTER INSERT OR UPDATE OR DELETE ON code_set
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
CREATE TRIGGER code_set_member_notice AFTER INSERT OR UPDATE OR DELETE ON code_set_member
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_notify();
