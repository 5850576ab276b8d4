-- Parley knowledge store, schema version 3: near-duplicates.
-- The same story republished with different page furniture or small edits has another content hash,
-- so it is stored as its own article, but linked here to the earlier copy it repeats; queries that
-- count events skip linked articles so the story is counted once. Detection compares MinHash
-- signatures of the cleaned texts (NearDuplicates/MinHashSignature.cs); LSH band keys find the
-- candidates with an index look-up instead of a comparison with every stored article.

-- The signature of each article whose cleaned text has words.
CREATE TABLE minhash_signatures (
    article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    signature   BLOB NOT NULL
);

-- The signature's band keys: articles sharing a key are candidates for a near-duplicate pair.
CREATE TABLE minhash_bands (
    key         INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands (article_id);

-- article_id repeats original_id, an earlier-stored article that is not itself a near-duplicate.
CREATE TABLE near_duplicates (
    article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    original_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    similarity   REAL NOT NULL,            -- estimated Jaccard similarity of the cleaned texts' word shingles
    CHECK (original_id < article_id)
);
CREATE INDEX near_duplicates_original ON near_duplicates (original_id);

-- Articles stored before this step, still to be indexed (oldest first) by the store when it opens; new
-- articles are indexed in their own transaction and never appear here.
CREATE TABLE minhash_pending (
    article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO minhash_pending (article_id) SELECT id FROM articles;
