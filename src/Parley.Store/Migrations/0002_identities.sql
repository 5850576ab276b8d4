-- Parley knowledge store, schema version 2: cross-article identities.
-- Extracted rows (article_people, positions, events, ...) stay exactly as extracted; resolution maps
-- them onto entities in separate tables, so resolution can be redone, explained and corrected without
-- touching the evidence. Entity ids are never renumbered: new entities are appended.

-- One real-world person, as far as Parley can tell. Rows are never deleted, so an id is never reused.
CREATE TABLE person_entities (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,                                  -- display name
    merged_into  INTEGER REFERENCES person_entities (id)         -- set when a user merged it into another; it then has no mentions
);

-- Which person entity each article-level person is: exactly one row per article_people row.
CREATE TABLE person_resolutions (
    article_person_id  INTEGER PRIMARY KEY REFERENCES article_people (id) ON DELETE CASCADE,
    entity_id          INTEGER NOT NULL REFERENCES person_entities (id)
);
CREATE INDEX person_resolutions_entity ON person_resolutions (entity_id);

-- What the resolver knew of each article-level person and what it decided (one row per person_resolutions row).
CREATE TABLE person_mentions (
    article_person_id  INTEGER PRIMARY KEY REFERENCES article_people (id) ON DELETE CASCADE,
    name_key           TEXT NOT NULL,   -- NameKey of the name without honorifics ("peng rui" for "Mr. PENG Rui")
    lookup_key         TEXT NOT NULL,   -- the same for every order and spacing of the name ("Rui Peng", "Peng Rui")
    seen               TEXT,            -- when the article places the person: publication date, else first event date
    score              REAL,            -- score of the chosen candidate; null when none was scored
    basis              TEXT NOT NULL    -- how the entity was chosen, in words
);

-- The context of each article-level person that resolution weighs (see FeatureKinds): kind is org
-- (organization entity id), acronym (of that organization), title (title key), place and region (place
-- entity ids of the title's organization; region = the province, or the country abroad), visit (place
-- entity id of an event), peer (lookup key of a co-participant) or sector (business, government).
CREATE TABLE person_mention_features (
    article_person_id  INTEGER NOT NULL REFERENCES article_people (id) ON DELETE CASCADE,
    kind               TEXT NOT NULL,
    value              TEXT NOT NULL,
    PRIMARY KEY (article_person_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX person_mention_features_value ON person_mention_features (kind, value);

-- Candidate lookup: the entities some mention with this lookup key resolved to. Only ever added to;
-- an entry whose entity lost those mentions just yields a candidate without evidence.
CREATE TABLE person_entity_keys (
    lookup_key  TEXT NOT NULL,
    entity_id   INTEGER NOT NULL REFERENCES person_entities (id),
    PRIMARY KEY (lookup_key, entity_id)
) WITHOUT ROWID;
CREATE INDEX person_entity_keys_entity ON person_entity_keys (entity_id);

-- The entity each name of each source last resolved to. Not tied to the article row, so it outlives the
-- delete of a replaced article: the re-ingested or re-extracted version keeps its people's entities.
CREATE TABLE person_assignments (
    source_key  TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    entity_id   INTEGER NOT NULL REFERENCES person_entities (id),
    PRIMARY KEY (source_key, name_key)
) WITHOUT ROWID;
CREATE INDEX person_assignments_entity ON person_assignments (entity_id);

-- Each resolved mention with what identifies it across re-ingestion (source key and name key) and what
-- was decided about it. A plain view: queries on it keep using the indexes of the tables below it.
CREATE VIEW resolved_mentions AS
SELECT r.article_person_id, r.entity_id, a.source_key, a.record_id, ap.name, m.name_key, m.lookup_key, m.seen, m.score, m.basis
FROM person_resolutions r
JOIN person_mentions m ON m.article_person_id = r.article_person_id
JOIN article_people ap ON ap.id = r.article_person_id
JOIN articles a ON a.id = ap.article_id;

-- Merges and splits a user asked for, stored apart from extracted rows and keyed by what survives
-- re-ingestion (source key and name key), so they are applied again to re-ingested articles.
CREATE TABLE person_corrections (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    description  TEXT NOT NULL,
    created_at   TEXT NOT NULL
);

-- The mentions a correction is about. merge: all rows are one person. split: side 1 is another person than side 0.
-- The newest correction naming two mentions decides about them.
CREATE TABLE person_correction_mentions (
    correction_id  INTEGER NOT NULL REFERENCES person_corrections (id) ON DELETE CASCADE,
    side           INTEGER NOT NULL CHECK (side IN (0, 1)),
    source_key     TEXT NOT NULL,
    name_key       TEXT NOT NULL,
    PRIMARY KEY (correction_id, source_key, name_key)
) WITHOUT ROWID;
CREATE INDEX person_correction_mentions_mention ON person_correction_mentions (source_key, name_key);

-- Participants point at their article-level person, so events reach entities in one join.
ALTER TABLE event_participants ADD COLUMN article_person_id INTEGER REFERENCES article_people (id);
CREATE INDEX event_participants_article_person ON event_participants (article_person_id);

-- Places from the gazetteer that something stored refers to, with their hierarchy.
CREATE TABLE place_entities (
    id            INTEGER PRIMARY KEY,
    gazetteer_id  INTEGER NOT NULL UNIQUE,   -- Parley.Lexicons.Gazetteer id
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,             -- country, province, prefecture, county, city, ...
    country_code  TEXT NOT NULL,
    parent_id     INTEGER REFERENCES place_entities (id)
);

-- Closure of the hierarchy: every place with itself (depth 0) and each ancestor (depth 1, 2, ...).
CREATE TABLE place_ancestors (
    place_entity_id  INTEGER NOT NULL REFERENCES place_entities (id),
    ancestor_id      INTEGER NOT NULL REFERENCES place_entities (id),
    depth            INTEGER NOT NULL,
    PRIMARY KEY (place_entity_id, ancestor_id)
) WITHOUT ROWID;
CREATE INDEX place_ancestors_ancestor ON place_ancestors (ancestor_id, place_entity_id);

-- Where each located event took place, when the location resolves to a gazetteer entry.
CREATE TABLE event_places (
    event_id         INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    place_entity_id  INTEGER NOT NULL REFERENCES place_entities (id)
);
CREATE INDEX event_places_place ON event_places (place_entity_id);

-- One real-world organization; several written names (aliases, acronyms, "Co., Ltd." or not) may map to it.
CREATE TABLE organization_entities (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    place_entity_id  INTEGER REFERENCES place_entities (id),  -- the place named in it ("CCPIT Beijing" → Beijing)
    merged_into      INTEGER REFERENCES organization_entities (id)   -- set when a later alias showed it is another entity
);

-- Which organization entity each stored organization name is.
CREATE TABLE organization_resolutions (
    organization_id  INTEGER PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    entity_id        INTEGER NOT NULL REFERENCES organization_entities (id)
);
CREATE INDEX organization_resolutions_entity ON organization_resolutions (entity_id);

-- Which entity an organization name is in one article. Equal to organization_resolutions except for names
-- that depend on context: "the Municipal Party Committee" is the one of the article's city.
CREATE TABLE article_organizations (
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    organization_id  INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    entity_id        INTEGER NOT NULL REFERENCES organization_entities (id),
    PRIMARY KEY (article_id, organization_id)
) WITHOUT ROWID;
CREATE INDEX article_organizations_entity ON article_organizations (entity_id);
CREATE INDEX article_organizations_organization ON article_organizations (organization_id);

-- Canonical keys (see OrganizationKey) and the one entity each stands for.
CREATE TABLE organization_entity_keys (
    key        TEXT PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES organization_entities (id)
) WITHOUT ROWID;
CREATE INDEX organization_entity_keys_entity ON organization_entity_keys (entity_id);

-- Initials of long names ("ccpit"), so a bare acronym finds its entity when exactly one has them.
CREATE TABLE organization_acronyms (
    acronym    TEXT NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES organization_entities (id),
    PRIMARY KEY (acronym, entity_id)
) WITHOUT ROWID;
CREATE INDEX organization_acronyms_entity ON organization_acronyms (entity_id);
