-- Parley knowledge store, schema version 2: cross-article identities.
-- Extracted rows (article_people, positions, events, ...) stay exactly as extracted; resolution maps
-- them onto entities in separate tables, so resolution can be redone, explained and corrected without
-- touching the evidence. Entity ids are never renumbered: new entities are appended.

-- One real-world person, as far as Parley can tell.
CREATE TABLE person_entities (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL                 -- display name
);

-- Which person entity each article-level person is: exactly one row per article_people row.
CREATE TABLE person_resolutions (
    article_person_id  INTEGER PRIMARY KEY REFERENCES article_people (id) ON DELETE CASCADE,
    entity_id          INTEGER NOT NULL REFERENCES person_entities (id)
);
CREATE INDEX person_resolutions_entity ON person_resolutions (entity_id);

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
    place_entity_id  INTEGER REFERENCES place_entities (id)   -- the place named in it ("CCPIT Beijing" → Beijing)
);

-- Which organization entity each stored organization name is.
CREATE TABLE organization_resolutions (
    organization_id  INTEGER PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    entity_id        INTEGER NOT NULL REFERENCES organization_entities (id)
);
CREATE INDEX organization_resolutions_entity ON organization_resolutions (entity_id);
