-- Schema version 8: the words of the documents, for the word forms of a search ("alla böjningsformer",
-- "sammansättningar"; docs/compound-search.md). One row per distinct token of document_fts (folded as its
-- unicode61 tokenizer folds: lower case, å, ä, ö kept), written when a document is stored; words of more than 100
-- characters are not kept. A word of a deleted document may stay (it then matches nothing). A search with word
-- forms looks up the forms of its words here and runs as an exact search over document_fts.
CREATE TABLE search_word (word TEXT PRIMARY KEY) WITHOUT ROWID;
-- Existing projects: the words the full-text index already holds.
CREATE VIRTUAL TABLE temp.document_fts_words USING fts5vocab(main, document_fts, row);
INSERT INTO search_word(word) SELECT term FROM temp.document_fts_words WHERE length(term) <= 100;
DROP TABLE temp.document_fts_words;
