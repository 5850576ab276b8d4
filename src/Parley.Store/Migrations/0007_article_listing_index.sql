-- Parley knowledge store: the columns lists of articles show, in an index of their own.
-- A busy person's profile reads the date and id of each of their thousands of articles. An article's row
-- holds its whole text, so each read lands on a page of its own; this index keeps the few listed columns
-- of many articles per page. Queries name it (INDEXED BY): SQLite would otherwise look the row up by rowid.
CREATE INDEX articles_listing ON articles (id, published, record_id, source_key);
