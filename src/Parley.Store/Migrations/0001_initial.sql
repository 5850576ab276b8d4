-- Parley knowledge store, schema version 1.
-- Every per-article row hangs off articles with ON DELETE CASCADE, so replacing an article is
-- "delete the article row, insert the new one". People, organizations and places are global
-- entities keyed by a normalized name; the links to articles live in separate tables so that
-- cross-article identity resolution can later merge entities without touching the evidence.

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    record_id     TEXT NOT NULL,               -- the spec record's id (input base name)
    source_key    TEXT NOT NULL UNIQUE,        -- path, or path#id for JSON lines
    origin        TEXT NOT NULL,
    url           TEXT,
    site          TEXT,
    title         TEXT,
    published     TEXT,
    raw_text      TEXT NOT NULL,
    cleaned_text  TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    record_json   TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);
-- Unique: the same article under two source keys is stored once, also when two processes ingest at once.
CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_record_id ON articles (record_id);

-- Spans found by the recognizers (people, organizations, places, dates, ...), kept for provenance.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    CHECK (start <= "end")
);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE people (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,   -- normalized name (NameKey)
    name  TEXT NOT NULL           -- the name as first stored
);

CREATE TABLE organizations (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL
);

CREATE TABLE places (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL
);

-- A person as named in one article: the spelling as written and where.
CREATE TABLE article_people (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    ordinal     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX article_people_person ON article_people (person_id);

CREATE TABLE article_person_spans (
    article_person_id  INTEGER NOT NULL REFERENCES article_people (id) ON DELETE CASCADE,
    start              INTEGER NOT NULL,
    "end"              INTEGER NOT NULL,
    CHECK (start <= "end")
);
CREATE INDEX article_person_spans_owner ON article_person_spans (article_person_id);

CREATE TABLE positions (
    id                 INTEGER PRIMARY KEY,
    article_id         INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    article_person_id  INTEGER NOT NULL REFERENCES article_people (id) ON DELETE CASCADE,
    person_id          INTEGER NOT NULL REFERENCES people (id),
    title              TEXT NOT NULL,
    organization_id    INTEGER REFERENCES organizations (id),
    org                TEXT,               -- as written; null when the article does not say
    evidence_start     INTEGER,            -- smallest span covering the position's evidence
    evidence_end       INTEGER
);
CREATE INDEX positions_article ON positions (article_id);
CREATE INDEX positions_article_person ON positions (article_person_id);
CREATE INDEX positions_person ON positions (person_id);
CREATE INDEX positions_organization ON positions (organization_id);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    type            TEXT NOT NULL CHECK (type IN ('meeting', 'visit', 'conference', 'signing')),
    mode            TEXT NOT NULL CHECK (mode IN ('in_person', 'virtual')),
    start           TEXT,
    "end"           TEXT,
    place_id        INTEGER REFERENCES places (id),
    location        TEXT,                   -- as written
    evidence_start  INTEGER,                -- smallest span covering the event's evidence
    evidence_end    INTEGER,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX events_start ON events (start);
CREATE INDEX events_place ON events (place_id);

CREATE TABLE event_participants (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    name       TEXT NOT NULL,              -- as written in the event
    role       TEXT,                       -- host, guest, speaker, ...; not extracted yet
    PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX event_participants_person ON event_participants (person_id);

CREATE TABLE event_organizations (
    event_id         INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    organization_id  INTEGER NOT NULL REFERENCES organizations (id),
    name             TEXT NOT NULL,
    PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX event_organizations_organization ON event_organizations (organization_id);

CREATE TABLE agreements (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (event_id, ordinal)
);

CREATE TABLE event_topics (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    topic     TEXT NOT NULL,
    PRIMARY KEY (event_id, topic)
);
CREATE INDEX event_topics_topic ON event_topics (topic);

-- Organization names an article says are the same (spec "aliases"), one row per name.
CREATE TABLE aliases (
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    group_ordinal    INTEGER NOT NULL,
    ordinal          INTEGER NOT NULL,
    organization_id  INTEGER NOT NULL REFERENCES organizations (id),
    name             TEXT NOT NULL,
    PRIMARY KEY (article_id, group_ordinal, ordinal)
);
CREATE INDEX aliases_organization ON aliases (organization_id);

-- Full-text search over headline and cleaned body; external content, kept in step by triggers.
CREATE VIRTUAL TABLE article_text USING fts5 (
    title, cleaned_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_text_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_text (rowid, title, cleaned_text) VALUES (new.id, new.title, new.cleaned_text);
END;

CREATE TRIGGER articles_text_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_text (article_text, rowid, title, cleaned_text) VALUES ('delete', old.id, old.title, old.cleaned_text);
END;

CREATE TRIGGER articles_text_update AFTER UPDATE OF title, cleaned_text ON articles BEGIN
    INSERT INTO article_text (article_text, rowid, title, cleaned_text) VALUES ('delete', old.id, old.title, old.cleaned_text);
    INSERT INTO article_text (rowid, title, cleaned_text) VALUES (new.id, new.title, new.cleaned_text);
END;
