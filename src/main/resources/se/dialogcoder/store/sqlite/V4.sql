-- Schema version 4 (analysis indexes): a covering index for counting codings per document and code and for
-- reading coded spans in document/code/start order without touching the table (frequencies, county × theme
-- matrix). Only CREATE INDEX IF NOT EXISTS, no data change: this step can be renumbered freely.
CREATE INDEX IF NOT EXISTS coding_by_document_code ON coding(document_id, code_id, start, end, coder_id);
