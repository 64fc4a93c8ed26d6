-- PostgreSQL schema version 4: totals kept on write, inside the database (the same figures as the project file's
-- schema 7, see store.CodingTotals). A coder's connection sees only their own codings (row-level security), so the
-- totals cannot be folded on the client: statement triggers note each document whose codings, text units, county,
-- kind or round changed, and at the commit of that transaction a deferred trigger computes those documents'
-- contributions again from all their codings (as the tables' owner, SECURITY DEFINER) and adds the difference to
-- the totals. So every change by any client (the application, psql, a script) is folded in when it commits, and a
-- transaction that rolls back changes nothing. Reading the totals is subject to row-level security like the codings:
-- a coder sees the rows of their own coder; the rows of every coder together (coder 0) only a lead, or everyone once
-- the project is revealed.
--
-- Per document, coder (0 = every coder) and code (0 = every code): what the document adds to the totals, under the
-- county, kind and round it was counted in ('' = unknown county / no round). The totals are the sums of these.
CREATE TABLE coding_total_part (
  document_id bigint NOT NULL,
  coder_id bigint NOT NULL,
  code_id bigint NOT NULL,
  county text NOT NULL,
  kind text NOT NULL,
  round text NOT NULL,
  segments bigint NOT NULL,
  characters bigint NOT NULL,
  documents bigint NOT NULL,
  tree_segments bigint NOT NULL,
  tree_characters bigint NOT NULL,
  tree_documents bigint NOT NULL,
  PRIMARY KEY (document_id, coder_id, code_id)
);
CREATE TABLE coding_pair_part (
  document_id bigint NOT NULL,
  meeting text NOT NULL CHECK (meeting IN ('overlap', 'unit', 'unit_theme')),
  coder_id bigint NOT NULL,
  code_a bigint NOT NULL,
  code_b bigint NOT NULL,
  county text NOT NULL,
  kind text NOT NULL,
  round text NOT NULL,
  pairs bigint NOT NULL,
  PRIMARY KEY (document_id, meeting, coder_id, code_a, code_b)
);
CREATE TABLE coding_total (
  coder_id bigint NOT NULL,
  county text NOT NULL,
  kind text NOT NULL,
  round text NOT NULL,
  code_id bigint NOT NULL,
  segments bigint NOT NULL,
  characters bigint NOT NULL,
  documents bigint NOT NULL,
  tree_segments bigint NOT NULL,
  tree_characters bigint NOT NULL,
  tree_documents bigint NOT NULL,
  PRIMARY KEY (coder_id, county, kind, round, code_id)
);
CREATE INDEX coding_total_empty ON coding_total ((1)) WHERE tree_documents = 0;
CREATE TABLE coding_pair_total (
  meeting text NOT NULL CHECK (meeting IN ('overlap', 'unit', 'unit_theme')),
  coder_id bigint NOT NULL,
  county text NOT NULL,
  kind text NOT NULL,
  round text NOT NULL,
  code_a bigint NOT NULL,
  code_b bigint NOT NULL,
  pairs bigint NOT NULL,
  PRIMARY KEY (meeting, coder_id, county, kind, round, code_a, code_b)
);
CREATE INDEX coding_pair_total_empty ON coding_pair_total ((1)) WHERE pairs = 0;
-- What the running transaction changed, noted by the triggers below: a document to count again as a whole
-- (code_id null: its county, kind, round or text units changed, a code moved, or the migration), or the code and
-- coder of a coding as it was or as it is now. Emptied by the fold at its commit, so no row is ever committed (and no
-- transaction waits for another's: there is no unique key).
CREATE TABLE coding_total_dirty (document_id bigint NOT NULL, code_id bigint, coder_id bigint);
CREATE INDEX coding_total_dirty_by_document ON coding_total_dirty(document_id);
-- One row per transaction that noted a change: its deferred trigger runs the fold once, at the commit.
CREATE TABLE coding_total_fold (requested boolean NOT NULL);

-- Whether the running transaction changed documents not yet folded in (readers then count from the codings).
CREATE FUNCTION dialogcoder_totals_pending() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS
  $$ SELECT EXISTS (SELECT 1 FROM coding_total_dirty) $$;

-- Characters covered by a set of ranges (each counted once).
CREATE FUNCTION dialogcoder_covered(m int4multirange) RETURNS bigint LANGUAGE sql IMMUTABLE AS
  $$ SELECT coalesce(sum(upper(r) - lower(r)), 0) FROM unnest(m) r $$;

-- What each changed document's fold must count again (the focus). A whole document, or, when only codings changed:
-- the coders of the changed codings (and 0, every coder), the changed codes with their ancestors (the code totals
-- that can differ), the changed codes (the pairs that can differ are those with one of them), their themes and every
-- code under those themes (the text units whose theme pairs can differ are those such codings touch). A changed code
-- that no longer exists (merged, deleted) makes the document whole: its ancestors are not known any more. So does a
-- change of codings of more than eight codes (a bulk insert, an import): then the focus would be most of it anyway.
CREATE FUNCTION dialogcoder_focus() RETURNS TABLE (document_id bigint, whole boolean, codes bigint[],
    coders bigint[], nodes bigint[], themes bigint[], theme_codes bigint[]) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE d AS (
    SELECT t.document_id, bool_or(t.code_id IS NULL OR NOT EXISTS (SELECT 1 FROM code k WHERE k.id = t.code_id))
             OR count(DISTINCT t.code_id) > 8 AS whole,
           coalesce(array_agg(DISTINCT t.code_id) FILTER (WHERE t.code_id IS NOT NULL), '{}') AS codes,
           coalesce(array_agg(DISTINCT t.coder_id) FILTER (WHERE t.coder_id IS NOT NULL), '{}') AS coders
    FROM coding_total_dirty t GROUP BY 1),
  up(document_id, node) AS (
    SELECT d.document_id, x FROM d CROSS JOIN unnest(d.codes) x WHERE NOT d.whole
    UNION SELECT u.document_id, k.parent_id FROM up u JOIN code k ON k.id = u.node WHERE k.parent_id IS NOT NULL),
  nodes AS (SELECT u.document_id, array_agg(u.node) AS nodes FROM up u GROUP BY 1),
  tops AS (SELECT u.document_id, array_agg(u.node) AS themes FROM up u JOIN code k ON k.id = u.node
           WHERE k.parent_id IS NULL GROUP BY 1),
  down(document_id, code_id) AS (
    SELECT t.document_id, x FROM tops t CROSS JOIN unnest(t.themes) x
    UNION SELECT dn.document_id, k.id FROM down dn JOIN code k ON k.parent_id = dn.code_id),
  below AS (SELECT dn.document_id, array_agg(dn.code_id) AS theme_codes FROM down dn GROUP BY 1)
  SELECT d.document_id, d.whole, d.codes, d.coders, coalesce(n.nodes, '{}'), coalesce(t.themes, '{}'),
         coalesce(b.theme_codes, '{}')
  FROM d LEFT JOIN nodes n ON n.document_id = d.document_id LEFT JOIN tops t ON t.document_id = d.document_id
    LEFT JOIN below b ON b.document_id = d.document_id
$$;

-- The code totals' parts of the changed documents inside their focus, computed from all their codings: per coder
-- (and 0) and code, the codings of exactly that code (number, characters covered, 1 when there is one), and of the
-- code with its sub-codes; code 0 for every code together.
CREATE FUNCTION dialogcoder_code_parts() RETURNS TABLE (document_id bigint, coder_id bigint,
    code_id bigint, segments bigint, characters bigint, documents bigint, tree_segments bigint,
    tree_characters bigint, tree_documents bigint) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE fd AS MATERIALIZED (SELECT * FROM dialogcoder_focus()),
  c AS MATERIALIZED (
    SELECT k.document_id, v.cv, k.code_id, int4range(k.start, k."end") AS r, fd.whole, fd.nodes
    FROM fd JOIN coding k ON k.document_id = fd.document_id
    CROSS JOIN LATERAL (VALUES (0::bigint), (k.coder_id)) v(cv)
    WHERE fd.whole OR v.cv = 0 OR v.cv = ANY (fd.coders)),
  chain(code_id, node) AS (
    SELECT DISTINCT c.code_id, c.code_id FROM c
    UNION SELECT ch.code_id, k.parent_id FROM chain ch JOIN code k ON k.id = ch.node WHERE k.parent_id IS NOT NULL),
  own AS (SELECT c.document_id, c.cv, c.code_id AS node, count(*) AS n, range_agg(c.r) AS m FROM c
          WHERE c.whole OR c.code_id = ANY (c.nodes) GROUP BY 1, 2, 3),
  tree AS (SELECT c.document_id, c.cv, ch.node, count(*) AS n, range_agg(c.r) AS m
           FROM c JOIN chain ch ON ch.code_id = c.code_id WHERE c.whole OR ch.node = ANY (c.nodes)
           GROUP BY 1, 2, 3),
  every AS (SELECT c.document_id, c.cv, count(*) AS n, range_agg(c.r) AS m FROM c GROUP BY 1, 2)
  SELECT t.document_id, t.cv, t.node, coalesce(o.n, 0), coalesce(dialogcoder_covered(o.m), 0),
         (o.n IS NOT NULL)::int::bigint, t.n, dialogcoder_covered(t.m), 1::bigint
  FROM tree t LEFT JOIN own o ON o.document_id = t.document_id AND o.cv = t.cv AND o.node = t.node
  UNION ALL
  SELECT e.document_id, e.cv, 0::bigint, e.n, dialogcoder_covered(e.m), 1::bigint, e.n, dialogcoder_covered(e.m),
         1::bigint FROM every e
$$;

-- The pair totals' parts of the changed documents inside their focus: pairs of overlapping codings of different
-- codes (the later-starting one starts inside the other, ties broken by id), text units two codes touch, text units
-- two top-level themes touch; per coder (pairs of that coder's codings only) and for every coder together (0).
-- A coding touches the units overlapping it that start no earlier than the unit its start lies in.
CREATE FUNCTION dialogcoder_pair_parts() RETURNS TABLE (document_id bigint, meeting text,
    coder_id bigint, code_a bigint, code_b bigint, pairs bigint) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE fd AS MATERIALIZED (SELECT * FROM dialogcoder_focus()),
  -- the units of a focused document where pairs can differ: those touched by codings under the changed themes
  near AS MATERIALIZED (
    SELECT DISTINCT u.id, u.document_id, u.start, u."end", fd.coders
    FROM fd JOIN coding c ON c.document_id = fd.document_id AND c.code_id = ANY (fd.theme_codes)
    JOIN text_unit u ON u.document_id = c.document_id AND u.start < c."end" AND u."end" > c.start
      AND u.start >= coalesce((SELECT max(x.start) FROM text_unit x WHERE x.document_id = c.document_id
                               AND x.start <= c.start), 0)
    WHERE NOT fd.whole),
  touched AS MATERIALIZED (
    SELECT DISTINCT c.document_id, v.cv, u.id AS unit, c.code_id
    FROM fd JOIN coding c ON c.document_id = fd.document_id
    JOIN text_unit u ON u.document_id = c.document_id AND u.start < c."end" AND u."end" > c.start
      AND u.start >= coalesce((SELECT max(x.start) FROM text_unit x WHERE x.document_id = c.document_id
                               AND x.start <= c.start), 0)
    CROSS JOIN LATERAL (VALUES (0::bigint), (c.coder_id)) v(cv)
    WHERE fd.whole
    UNION
    SELECT c.document_id, v.cv, u.id, c.code_id
    FROM near u JOIN coding c ON c.document_id = u.document_id AND c.start < u."end" AND c."end" > u.start
      AND u.start >= coalesce((SELECT max(x.start) FROM text_unit x WHERE x.document_id = c.document_id
                               AND x.start <= c.start), 0)
    CROSS JOIN LATERAL (VALUES (0::bigint), (c.coder_id)) v(cv)
    WHERE v.cv = 0 OR v.cv = ANY (u.coders)),
  up(code_id, node) AS (
    SELECT DISTINCT t.code_id, t.code_id FROM touched t
    UNION SELECT u.code_id, k.parent_id FROM up u JOIN code k ON k.id = u.node WHERE k.parent_id IS NOT NULL),
  themes AS (SELECT DISTINCT t.document_id, t.cv, t.unit, u.node AS theme
             FROM touched t JOIN up u ON u.code_id = t.code_id JOIN code k ON k.id = u.node
             WHERE k.parent_id IS NULL)
  SELECT a.document_id, 'overlap'::text, v.cv, least(a.code_id, b.code_id), greatest(a.code_id, b.code_id), count(*)
  FROM fd JOIN coding a ON a.document_id = fd.document_id
  JOIN coding b ON b.document_id = a.document_id AND b.start >= a.start AND b.start < a."end"
    AND (b.start > a.start OR b.id > a.id) AND b.code_id <> a.code_id
  CROSS JOIN LATERAL (SELECT 0::bigint UNION ALL SELECT a.coder_id WHERE a.coder_id = b.coder_id) v(cv)
  WHERE fd.whole OR ((v.cv = 0 OR v.cv = ANY (fd.coders))
                     AND (a.code_id = ANY (fd.codes) OR b.code_id = ANY (fd.codes)))
  GROUP BY 1, 2, 3, 4, 5
  UNION ALL
  SELECT a.document_id, 'unit'::text, a.cv, a.code_id, b.code_id, count(*)
  FROM touched a JOIN touched b ON b.document_id = a.document_id AND b.cv = a.cv AND b.unit = a.unit
    AND b.code_id > a.code_id
  JOIN fd ON fd.document_id = a.document_id
  WHERE fd.whole OR a.code_id = ANY (fd.codes) OR b.code_id = ANY (fd.codes)
  GROUP BY 1, 2, 3, 4, 5
  UNION ALL
  SELECT a.document_id, 'unit_theme'::text, a.cv, a.theme, b.theme, count(*)
  FROM themes a JOIN themes b ON b.document_id = a.document_id AND b.cv = a.cv AND b.unit = a.unit
    AND b.theme > a.theme
  JOIN fd ON fd.document_id = a.document_id
  WHERE fd.whole OR a.theme = ANY (fd.themes) OR b.theme = ANY (fd.themes)
  GROUP BY 1, 2, 3, 4, 5
$$;

-- Folds the documents the transaction changed into the totals: run at its commit (deferred), as the owner. Inside
-- each document's focus, its parts are computed again and compared with those stored; the totals get the
-- difference. Each document is locked for the fold (two transactions changing one document fold one after the other,
-- the second seeing the first's codings), documents in order of id; the totals are written in the order of their
-- key. So concurrent commits neither lose a change nor wait for each other in a circle.
CREATE FUNCTION dialogcoder_fold_totals() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  docs bigint[];
BEGIN
  docs := ARRAY(SELECT DISTINCT d.document_id FROM coding_total_dirty d ORDER BY 1);
  IF cardinality(docs) = 0 THEN
    DELETE FROM coding_total_fold;
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(1145258561, (d % 2147483647)::int) FROM unnest(docs) d ORDER BY d;

  WITH fd AS MATERIALIZED (SELECT * FROM dialogcoder_focus()),
  new AS MATERIALIZED (
    SELECT p.*, coalesce(d.county, '') AS county, d.kind, coalesce(d.round, '') AS round
    FROM dialogcoder_code_parts() p JOIN document d ON d.id = p.document_id),
  old AS (
    SELECT o.* FROM coding_total_part o JOIN fd ON fd.document_id = o.document_id
    WHERE fd.whole OR ((o.coder_id = 0 OR o.coder_id = ANY (fd.coders))
                       AND (o.code_id = 0 OR o.code_id = ANY (fd.nodes)))),
  kept AS (
    INSERT INTO coding_total_part AS t (document_id, coder_id, code_id, county, kind, round, segments, characters,
                                        documents, tree_segments, tree_characters, tree_documents)
    SELECT n.document_id, n.coder_id, n.code_id, n.county, n.kind, n.round, n.segments, n.characters, n.documents,
           n.tree_segments, n.tree_characters, n.tree_documents FROM new n
    ON CONFLICT (document_id, coder_id, code_id) DO UPDATE SET county = EXCLUDED.county, kind = EXCLUDED.kind,
      round = EXCLUDED.round, segments = EXCLUDED.segments, characters = EXCLUDED.characters,
      documents = EXCLUDED.documents, tree_segments = EXCLUDED.tree_segments,
      tree_characters = EXCLUDED.tree_characters, tree_documents = EXCLUDED.tree_documents
    WHERE (t.county, t.kind, t.round, t.segments, t.characters, t.documents, t.tree_segments, t.tree_characters,
           t.tree_documents) IS DISTINCT FROM (EXCLUDED.county, EXCLUDED.kind, EXCLUDED.round, EXCLUDED.segments,
           EXCLUDED.characters, EXCLUDED.documents, EXCLUDED.tree_segments, EXCLUDED.tree_characters,
           EXCLUDED.tree_documents)),
  gone AS (
    DELETE FROM coding_total_part p USING old o
    WHERE p.document_id = o.document_id AND p.coder_id = o.coder_id AND p.code_id = o.code_id AND NOT EXISTS (
      SELECT 1 FROM new n WHERE n.document_id = o.document_id AND n.coder_id = o.coder_id AND n.code_id = o.code_id)),
  delta AS (
    SELECT x.coder_id, x.county, x.kind, x.round, x.code_id, sum(x.segments) AS segments,
           sum(x.characters) AS characters, sum(x.documents) AS documents, sum(x.tree_segments) AS tree_segments,
           sum(x.tree_characters) AS tree_characters, sum(x.tree_documents) AS tree_documents
    FROM (SELECT n.coder_id, n.county, n.kind, n.round, n.code_id, n.segments, n.characters, n.documents,
                 n.tree_segments, n.tree_characters, n.tree_documents FROM new n
          UNION ALL
          SELECT o.coder_id, o.county, o.kind, o.round, o.code_id, -o.segments, -o.characters, -o.documents,
                 -o.tree_segments, -o.tree_characters, -o.tree_documents FROM old o) x
    GROUP BY 1, 2, 3, 4, 5)
  INSERT INTO coding_total AS t
  SELECT * FROM delta
  WHERE (segments, characters, documents, tree_segments, tree_characters, tree_documents) <> (0, 0, 0, 0, 0, 0)
  ORDER BY coder_id, county, kind, round, code_id
  ON CONFLICT (coder_id, county, kind, round, code_id) DO UPDATE SET segments = t.segments + EXCLUDED.segments,
    characters = t.characters + EXCLUDED.characters, documents = t.documents + EXCLUDED.documents,
    tree_segments = t.tree_segments + EXCLUDED.tree_segments,
    tree_characters = t.tree_characters + EXCLUDED.tree_characters,
    tree_documents = t.tree_documents + EXCLUDED.tree_documents;

  WITH fd AS MATERIALIZED (SELECT * FROM dialogcoder_focus()),
  new AS MATERIALIZED (
    SELECT p.*, coalesce(d.county, '') AS county, d.kind, coalesce(d.round, '') AS round
    FROM dialogcoder_pair_parts() p JOIN document d ON d.id = p.document_id),
  old AS (
    SELECT o.* FROM coding_pair_part o JOIN fd ON fd.document_id = o.document_id
    WHERE fd.whole OR ((o.coder_id = 0 OR o.coder_id = ANY (fd.coders))
                       AND CASE WHEN o.meeting = 'unit_theme' THEN o.code_a = ANY (fd.themes)
                                                                   OR o.code_b = ANY (fd.themes)
                                ELSE o.code_a = ANY (fd.codes) OR o.code_b = ANY (fd.codes) END)),
  kept AS (
    INSERT INTO coding_pair_part AS t (document_id, meeting, coder_id, code_a, code_b, county, kind, round, pairs)
    SELECT n.document_id, n.meeting, n.coder_id, n.code_a, n.code_b, n.county, n.kind, n.round, n.pairs FROM new n
    ON CONFLICT (document_id, meeting, coder_id, code_a, code_b) DO UPDATE SET county = EXCLUDED.county,
      kind = EXCLUDED.kind, round = EXCLUDED.round, pairs = EXCLUDED.pairs
    WHERE (t.county, t.kind, t.round, t.pairs)
      IS DISTINCT FROM (EXCLUDED.county, EXCLUDED.kind, EXCLUDED.round, EXCLUDED.pairs)),
  gone AS (
    DELETE FROM coding_pair_part p USING old o
    WHERE p.document_id = o.document_id AND p.meeting = o.meeting AND p.coder_id = o.coder_id
      AND p.code_a = o.code_a AND p.code_b = o.code_b AND NOT EXISTS (
      SELECT 1 FROM new n WHERE n.document_id = o.document_id AND n.meeting = o.meeting
        AND n.coder_id = o.coder_id AND n.code_a = o.code_a AND n.code_b = o.code_b)),
  delta AS (
    SELECT x.meeting, x.coder_id, x.county, x.kind, x.round, x.code_a, x.code_b, sum(x.pairs) AS pairs
    FROM (SELECT n.meeting, n.coder_id, n.county, n.kind, n.round, n.code_a, n.code_b, n.pairs FROM new n
          UNION ALL
          SELECT o.meeting, o.coder_id, o.county, o.kind, o.round, o.code_a, o.code_b, -o.pairs FROM old o) x
    GROUP BY 1, 2, 3, 4, 5, 6, 7)
  INSERT INTO coding_pair_total AS t
  SELECT * FROM delta WHERE pairs <> 0
  ORDER BY meeting, coder_id, county, kind, round, code_a, code_b
  ON CONFLICT (meeting, coder_id, county, kind, round, code_a, code_b) DO UPDATE SET pairs = t.pairs + EXCLUDED.pairs;

  DELETE FROM coding_total_dirty;
  DELETE FROM coding_total_fold;
  -- rows that fell to nothing (readers skip them anyway); never waits for a row another transaction holds
  DELETE FROM coding_total WHERE ctid = ANY (ARRAY(
    SELECT ctid FROM coding_total WHERE tree_documents = 0 FOR UPDATE SKIP LOCKED));
  DELETE FROM coding_pair_total WHERE ctid = ANY (ARRAY(
    SELECT ctid FROM coding_pair_total WHERE pairs = 0 FOR UPDATE SKIP LOCKED));
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER coding_total_fold AFTER INSERT ON coding_total_fold
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dialogcoder_fold_totals();

-- What notes the changed documents (statement triggers over the changed rows; as the owner, since members may not
-- write the table). A document is noted once per transaction.
-- asks for the fold at the commit, once per transaction (the setting is the transaction's own, and goes back with
-- a rolled-back savepoint as the row does)
CREATE FUNCTION dialogcoder_request_fold() RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
  INSERT INTO coding_total_fold SELECT true
  WHERE current_setting('dialogcoder.fold_requested', true) IS DISTINCT FROM 'on';
  SELECT set_config('dialogcoder.fold_requested', 'on', true);
$$;
CREATE FUNCTION dialogcoder_note_documents(ids bigint[]) RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
  SELECT dialogcoder_request_fold() WHERE cardinality(ids) > 0;
  INSERT INTO coding_total_dirty SELECT DISTINCT i, null::bigint, null::bigint FROM unnest(ids) i
  WHERE i IS NOT NULL AND NOT EXISTS (SELECT 1 FROM coding_total_dirty d WHERE d.document_id = i
                                      AND d.code_id IS NULL)
$$;
-- the codings as they were or are (document, code, coder)
CREATE FUNCTION dialogcoder_note_coded(ids bigint[], codes bigint[], coders bigint[]) RETURNS void LANGUAGE sql
  SECURITY DEFINER AS $$
  SELECT dialogcoder_request_fold() WHERE cardinality(ids) > 0;
  INSERT INTO coding_total_dirty SELECT DISTINCT x.i, x.k, x.c FROM unnest(ids, codes, coders) x(i, k, c)
  WHERE NOT EXISTS (SELECT 1 FROM coding_total_dirty d WHERE d.document_id = x.i
                    AND (d.code_id IS NULL OR (d.code_id = x.k AND d.coder_id = x.c)))
$$;
CREATE FUNCTION dialogcoder_note_codings() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dialogcoder_note_coded(array_agg(x.document_id), array_agg(x.code_id), array_agg(x.coder_id))
    FROM (SELECT DISTINCT n.document_id, n.code_id, n.coder_id FROM new_rows n) x;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM dialogcoder_note_coded(array_agg(x.document_id), array_agg(x.code_id), array_agg(x.coder_id))
    FROM (SELECT DISTINCT o.document_id, o.code_id, o.coder_id FROM old_rows o) x;
  ELSE
    PERFORM dialogcoder_note_coded(array_agg(v.d), array_agg(v.k), array_agg(v.c))
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.document_id, o.code_id, o.coder_id), (n.document_id, n.code_id, n.coder_id))
      v(d, k, c)
    WHERE (o.document_id, o.code_id, o.coder_id, o.start, o."end")
      IS DISTINCT FROM (n.document_id, n.code_id, n.coder_id, n.start, n."end");
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER coding_total_on_insert AFTER INSERT ON coding REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_note_codings();
CREATE TRIGGER coding_total_on_delete AFTER DELETE ON coding REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_note_codings();
CREATE TRIGGER coding_total_on_update AFTER UPDATE ON coding REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_note_codings();

-- a coded document moved to another county, kind or round
CREATE FUNCTION dialogcoder_note_document_strata() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  PERFORM dialogcoder_note_documents(ARRAY(
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.county, o.kind, o.round) IS DISTINCT FROM (n.county, n.kind, n.round)
      AND (EXISTS (SELECT 1 FROM coding c WHERE c.document_id = n.id)
           OR EXISTS (SELECT 1 FROM coding_total_part p WHERE p.document_id = n.id))));
  RETURN NULL;
END
$$;
CREATE TRIGGER coding_total_on_document AFTER UPDATE ON document REFERENCING OLD TABLE AS old_rows
  NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_note_document_strata();

-- the text units of a coded document changed (they decide which units codes share)
CREATE FUNCTION dialogcoder_note_units() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM dialogcoder_note_documents(ARRAY(SELECT DISTINCT n.document_id FROM new_rows n
      WHERE EXISTS (SELECT 1 FROM coding c WHERE c.document_id = n.document_id)));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM dialogcoder_note_documents(ARRAY(SELECT DISTINCT o.document_id FROM old_rows o
      WHERE EXISTS (SELECT 1 FROM coding c WHERE c.document_id = o.document_id)
         OR EXISTS (SELECT 1 FROM coding_pair_part p WHERE p.document_id = o.document_id)));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER coding_total_on_unit_insert AFTER INSERT ON text_unit REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_note_units();
CREATE TRIGGER coding_total_on_unit_delete AFTER DELETE ON text_unit REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_note_units();
CREATE TRIGGER coding_total_on_unit_update AFTER UPDATE ON text_unit REFERENCING OLD TABLE AS old_rows
  NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_note_units();

-- a code moved in the tree: the documents coded with it or below it count again for its old and new ancestors
CREATE FUNCTION dialogcoder_note_code_moves() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  PERFORM dialogcoder_note_documents(ARRAY(
    WITH RECURSIVE moved(id) AS (
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.parent_id IS DISTINCT FROM n.parent_id
      UNION SELECT k.id FROM code k JOIN moved m ON k.parent_id = m.id)
    SELECT c.document_id FROM coding c WHERE c.code_id IN (SELECT id FROM moved)
    UNION SELECT d.document_id FROM coding_total_dirty d WHERE d.code_id IN (SELECT id FROM moved)));
  RETURN NULL;
END
$$;
CREATE TRIGGER coding_total_on_code AFTER UPDATE ON code REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dialogcoder_note_code_moves();

-- who reads what: as the codings (a coder their own coder's rows; every coder's and coder 0 a lead, or all members
-- once revealed); only the functions above write
DO $$
DECLARE
  f text;
  t text;
  lead text := current_database() || '_lead';
  coder text := current_database() || '_coder';
BEGIN
  FOREACH f IN ARRAY ARRAY['dialogcoder_totals_pending()', 'dialogcoder_fold_totals()', 'dialogcoder_request_fold()', 'dialogcoder_note_documents(bigint[])',
                           'dialogcoder_note_coded(bigint[], bigint[], bigint[])',
                           'dialogcoder_note_codings()', 'dialogcoder_note_document_strata()',
                           'dialogcoder_note_units()', 'dialogcoder_note_code_moves()'] LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
  EXECUTE format('REVOKE ALL ON FUNCTION dialogcoder_note_documents(bigint[]) FROM PUBLIC');
  EXECUTE format('REVOKE ALL ON FUNCTION dialogcoder_request_fold() FROM PUBLIC');
  EXECUTE format('REVOKE ALL ON FUNCTION dialogcoder_note_coded(bigint[], bigint[], bigint[]) FROM PUBLIC');
  FOREACH t IN ARRAY ARRAY['coding_total', 'coding_pair_total', 'coding_total_part', 'coding_pair_part'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (coder_id = (SELECT dialogcoder_coder_id()) '
                   'OR (SELECT dialogcoder_sees_all_codings()))', t || '_read', t);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = lead) AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = coder)
    THEN
      EXECUTE format('GRANT SELECT ON %I TO %I, %I', t, lead, coder);
    END IF;
  END LOOP;
END
$$;

-- an existing project: every coded document is folded in when this migration commits
SELECT dialogcoder_note_documents(ARRAY(SELECT DISTINCT document_id FROM coding));
