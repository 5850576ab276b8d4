-- Parley knowledge store: answers of the dearest queries kept until the stored data changes.
-- A province's organization network or a busy person's profile reads hundreds of thousands of rows; asked
-- again over the same data, the answer is read back instead. Exactness rests on one counter: every insert,
-- update or delete in a table a query can read adds one to it (triggers below), and a kept answer is used
-- only while the counter still has the value it was computed at. So nothing derived has to be kept in step
-- with merges, splits, re-extraction or near-duplicates: any such change simply retires every kept answer.
-- A table added by a later migration needs the same three triggers (a test checks every table has them).

-- One row: how many changes the store has seen.
CREATE TABLE store_generation (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    value  INTEGER NOT NULL
);
INSERT INTO store_generation (id, value) VALUES (1, 0);

-- Kept answers. kind names the query, key its arguments (JSON); build identifies the Parley build that
-- computed the answer, so an upgraded Parley never shows what an older one computed.
CREATE TABLE query_results (
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    build       TEXT NOT NULL,
    generation  INTEGER NOT NULL,
    payload     TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- The change counter's triggers. Left out: the MinHash tables (how near-duplicates are found; what they
-- decide is in near_duplicates, which is counted) and the full-text index (follows articles).
CREATE TRIGGER agreements_changes_insert AFTER INSERT ON agreements BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER agreements_changes_update AFTER UPDATE ON agreements BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER agreements_changes_delete AFTER DELETE ON agreements BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER aliases_changes_insert AFTER INSERT ON aliases BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER aliases_changes_update AFTER UPDATE ON aliases BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER aliases_changes_delete AFTER DELETE ON aliases BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER article_organizations_changes_insert AFTER INSERT ON article_organizations BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER article_organizations_changes_update AFTER UPDATE ON article_organizations BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER article_organizations_changes_delete AFTER DELETE ON article_organizations BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER article_people_changes_insert AFTER INSERT ON article_people BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER article_people_changes_update AFTER UPDATE ON article_people BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER article_people_changes_delete AFTER DELETE ON article_people BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER article_person_spans_changes_insert AFTER INSERT ON article_person_spans BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER article_person_spans_changes_update AFTER UPDATE ON article_person_spans BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER article_person_spans_changes_delete AFTER DELETE ON article_person_spans BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER articles_changes_insert AFTER INSERT ON articles BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER articles_changes_update AFTER UPDATE ON articles BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER articles_changes_delete AFTER DELETE ON articles BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_organization_links_changes_insert AFTER INSERT ON event_organization_links BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_organization_links_changes_update AFTER UPDATE ON event_organization_links BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_organization_links_changes_delete AFTER DELETE ON event_organization_links BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_organizations_changes_insert AFTER INSERT ON event_organizations BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_organizations_changes_update AFTER UPDATE ON event_organizations BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_organizations_changes_delete AFTER DELETE ON event_organizations BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_participants_changes_insert AFTER INSERT ON event_participants BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_participants_changes_update AFTER UPDATE ON event_participants BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_participants_changes_delete AFTER DELETE ON event_participants BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_places_changes_insert AFTER INSERT ON event_places BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_places_changes_update AFTER UPDATE ON event_places BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_places_changes_delete AFTER DELETE ON event_places BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_topics_changes_insert AFTER INSERT ON event_topics BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_topics_changes_update AFTER UPDATE ON event_topics BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER event_topics_changes_delete AFTER DELETE ON event_topics BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER events_changes_insert AFTER INSERT ON events BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER events_changes_update AFTER UPDATE ON events BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER events_changes_delete AFTER DELETE ON events BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER mentions_changes_insert AFTER INSERT ON mentions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER mentions_changes_update AFTER UPDATE ON mentions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER mentions_changes_delete AFTER DELETE ON mentions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER near_duplicates_changes_insert AFTER INSERT ON near_duplicates BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER near_duplicates_changes_update AFTER UPDATE ON near_duplicates BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER near_duplicates_changes_delete AFTER DELETE ON near_duplicates BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_acronyms_changes_insert AFTER INSERT ON organization_acronyms BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_acronyms_changes_update AFTER UPDATE ON organization_acronyms BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_acronyms_changes_delete AFTER DELETE ON organization_acronyms BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_entities_changes_insert AFTER INSERT ON organization_entities BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_entities_changes_update AFTER UPDATE ON organization_entities BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_entities_changes_delete AFTER DELETE ON organization_entities BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_entity_keys_changes_insert AFTER INSERT ON organization_entity_keys BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_entity_keys_changes_update AFTER UPDATE ON organization_entity_keys BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_entity_keys_changes_delete AFTER DELETE ON organization_entity_keys BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_resolutions_changes_insert AFTER INSERT ON organization_resolutions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_resolutions_changes_update AFTER UPDATE ON organization_resolutions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organization_resolutions_changes_delete AFTER DELETE ON organization_resolutions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organizations_changes_insert AFTER INSERT ON organizations BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organizations_changes_update AFTER UPDATE ON organizations BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER organizations_changes_delete AFTER DELETE ON organizations BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER people_changes_insert AFTER INSERT ON people BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER people_changes_update AFTER UPDATE ON people BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER people_changes_delete AFTER DELETE ON people BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_assignments_changes_insert AFTER INSERT ON person_assignments BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_assignments_changes_update AFTER UPDATE ON person_assignments BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_assignments_changes_delete AFTER DELETE ON person_assignments BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_correction_mentions_changes_insert AFTER INSERT ON person_correction_mentions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_correction_mentions_changes_update AFTER UPDATE ON person_correction_mentions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_correction_mentions_changes_delete AFTER DELETE ON person_correction_mentions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_corrections_changes_insert AFTER INSERT ON person_corrections BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_corrections_changes_update AFTER UPDATE ON person_corrections BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_corrections_changes_delete AFTER DELETE ON person_corrections BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_entities_changes_insert AFTER INSERT ON person_entities BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_entities_changes_update AFTER UPDATE ON person_entities BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_entities_changes_delete AFTER DELETE ON person_entities BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_entity_keys_changes_insert AFTER INSERT ON person_entity_keys BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_entity_keys_changes_update AFTER UPDATE ON person_entity_keys BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_entity_keys_changes_delete AFTER DELETE ON person_entity_keys BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_mention_features_changes_insert AFTER INSERT ON person_mention_features BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_mention_features_changes_update AFTER UPDATE ON person_mention_features BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_mention_features_changes_delete AFTER DELETE ON person_mention_features BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_mentions_changes_insert AFTER INSERT ON person_mentions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_mentions_changes_update AFTER UPDATE ON person_mentions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_mentions_changes_delete AFTER DELETE ON person_mentions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_resolutions_changes_insert AFTER INSERT ON person_resolutions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_resolutions_changes_update AFTER UPDATE ON person_resolutions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER person_resolutions_changes_delete AFTER DELETE ON person_resolutions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER place_ancestors_changes_insert AFTER INSERT ON place_ancestors BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER place_ancestors_changes_update AFTER UPDATE ON place_ancestors BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER place_ancestors_changes_delete AFTER DELETE ON place_ancestors BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER place_entities_changes_insert AFTER INSERT ON place_entities BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER place_entities_changes_update AFTER UPDATE ON place_entities BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER place_entities_changes_delete AFTER DELETE ON place_entities BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER places_changes_insert AFTER INSERT ON places BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER places_changes_update AFTER UPDATE ON places BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER places_changes_delete AFTER DELETE ON places BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER positions_changes_insert AFTER INSERT ON positions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER positions_changes_update AFTER UPDATE ON positions BEGIN UPDATE store_generation SET value = value + 1; END;
CREATE TRIGGER positions_changes_delete AFTER DELETE ON positions BEGIN UPDATE store_generation SET value = value + 1; END;
