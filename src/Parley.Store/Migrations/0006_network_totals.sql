-- Parley knowledge store: who-met-whom totals kept up to date as events are written.
-- A province's organization network, or a busy person's counterparts, adds up hundreds of thousands of
-- rows. Instead, every write adds or subtracts each changed event's share of the totals below, in the same
-- transaction, so such questions read a few dozen rows however large the store is.
--
-- How it stays exact:
--  * Triggers put every event whose counted facts may have changed (its row, place, topics, participants,
--    organizations, their resolutions, its article's near-duplicate status) into network_pending.
--  * Before a write transaction commits, Parley takes each pending event's recorded share (network_event_*)
--    back out of the totals and adds the event's share as the data now says (see NetworkTotals). A share is
--    recorded, not recomputed, when taken out: by then the event's rows may be gone.
--  * Queries use the totals only when network_pending is empty in their snapshot; otherwise they compute live.
--
-- Levels are NetworkLevel values: 0 people, 1 organizations. A scope is a place entity (totals of the events
-- located in it or inside it) or 0 for the whole store. Organizations are totalled in every scope, people
-- only in scope 0 (profiles: counterparts, events). Events of near-duplicate articles are not counted.

CREATE TABLE network_pending (
    event_id  INTEGER PRIMARY KEY        -- no foreign key: a deleted event's share must still be taken out
);

-- What each counted event added to the totals.
CREATE TABLE network_event_shares (
    event_id         INTEGER PRIMARY KEY,
    type             TEXT NOT NULL,
    start            TEXT,
    last             TEXT,               -- end, else start
    place_entity_id  INTEGER             -- the scopes it counts in are this place's ancestors (and 0)
);

CREATE TABLE network_event_members (
    event_id  INTEGER NOT NULL,
    level     INTEGER NOT NULL,
    node      INTEGER NOT NULL,          -- person or organization entity
    start     TEXT,                      -- the event's, so a person's newest events come off the index
    PRIMARY KEY (event_id, level, node)
) WITHOUT ROWID;
CREATE INDEX network_event_members_node ON network_event_members (level, node, start, event_id);

CREATE TABLE network_event_topics (
    event_id  INTEGER NOT NULL,
    topic     TEXT NOT NULL,
    PRIMARY KEY (event_id, topic)
) WITHOUT ROWID;

-- The totals.
CREATE TABLE network_scope_totals (
    level   INTEGER NOT NULL,
    scope   INTEGER NOT NULL,
    events  INTEGER NOT NULL,            -- counted events in the scope
    nodes   INTEGER NOT NULL,            -- nodes on at least one edge
    edges   INTEGER NOT NULL,
    PRIMARY KEY (level, scope)
) WITHOUT ROWID;

CREATE TABLE network_node_totals (
    level   INTEGER NOT NULL,
    scope   INTEGER NOT NULL,
    node    INTEGER NOT NULL,
    events  INTEGER NOT NULL,
    edges   INTEGER NOT NULL,            -- how many others it shares an event with
    PRIMARY KEY (level, scope, node)
) WITHOUT ROWID;

CREATE TABLE network_pair_totals (
    level        INTEGER NOT NULL,
    scope        INTEGER NOT NULL,
    source       INTEGER NOT NULL,       -- the smaller node id
    target       INTEGER NOT NULL,
    weight       INTEGER NOT NULL,       -- shared events
    first        TEXT,
    last         TEXT,
    meetings     INTEGER NOT NULL,
    visits       INTEGER NOT NULL,
    conferences  INTEGER NOT NULL,
    signings     INTEGER NOT NULL,
    topics       TEXT NOT NULL,          -- shared events per topic, a JSON object ({"trade": 3}); in the row, not
                                         -- a table of its own, so a pair is one row to read and write
    PRIMARY KEY (level, scope, source, target)
) WITHOUT ROWID;
-- The listing order of network edges: heaviest, then most recent, then by ids.
CREATE INDEX network_pair_totals_rank ON network_pair_totals (level, scope, weight DESC, last DESC, source, target);
-- A person's pairs from the other end (counterparts). Organizations need none, and are spared its upkeep.
CREATE INDEX network_pair_totals_target ON network_pair_totals (level, scope, target, weight) WHERE level = 0;

-- Every event stored so far gets its share when the store is next opened.
INSERT INTO network_pending (event_id) SELECT id FROM events;

-- What makes an event pending.
CREATE TRIGGER network_events_insert AFTER INSERT ON events BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (new.id);
END;
CREATE TRIGGER network_events_update AFTER UPDATE ON events BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.id);
    INSERT OR IGNORE INTO network_pending VALUES (new.id);
END;
CREATE TRIGGER network_events_delete AFTER DELETE ON events BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.id);
END;

CREATE TRIGGER network_event_places_insert AFTER INSERT ON event_places BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (new.event_id);
END;
CREATE TRIGGER network_event_places_update AFTER UPDATE ON event_places BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.event_id);
    INSERT OR IGNORE INTO network_pending VALUES (new.event_id);
END;
CREATE TRIGGER network_event_places_delete AFTER DELETE ON event_places BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.event_id);
END;

CREATE TRIGGER network_event_topics_insert AFTER INSERT ON event_topics BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (new.event_id);
END;
CREATE TRIGGER network_event_topics_update AFTER UPDATE ON event_topics BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.event_id);
    INSERT OR IGNORE INTO network_pending VALUES (new.event_id);
END;
CREATE TRIGGER network_event_topics_delete AFTER DELETE ON event_topics BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.event_id);
END;

CREATE TRIGGER network_event_participants_insert AFTER INSERT ON event_participants BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (new.event_id);
END;
CREATE TRIGGER network_event_participants_update AFTER UPDATE ON event_participants BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.event_id);
    INSERT OR IGNORE INTO network_pending VALUES (new.event_id);
END;
CREATE TRIGGER network_event_participants_delete AFTER DELETE ON event_participants BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.event_id);
END;

CREATE TRIGGER network_event_organization_links_insert AFTER INSERT ON event_organization_links BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (new.event_id);
END;
CREATE TRIGGER network_event_organization_links_update AFTER UPDATE ON event_organization_links BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.event_id);
    INSERT OR IGNORE INTO network_pending VALUES (new.event_id);
END;
CREATE TRIGGER network_event_organization_links_delete AFTER DELETE ON event_organization_links BEGIN
    INSERT OR IGNORE INTO network_pending VALUES (old.event_id);
END;

-- A name resolved to another entity (an alias, a user's merge or split) moves every event it takes part in.
CREATE TRIGGER network_person_resolutions_insert AFTER INSERT ON person_resolutions BEGIN
    INSERT OR IGNORE INTO network_pending SELECT event_id FROM event_participants WHERE article_person_id = new.article_person_id;
END;
CREATE TRIGGER network_person_resolutions_update AFTER UPDATE ON person_resolutions BEGIN
    INSERT OR IGNORE INTO network_pending SELECT event_id FROM event_participants WHERE article_person_id IN (old.article_person_id, new.article_person_id);
END;
CREATE TRIGGER network_person_resolutions_delete AFTER DELETE ON person_resolutions BEGIN
    INSERT OR IGNORE INTO network_pending SELECT event_id FROM event_participants WHERE article_person_id = old.article_person_id;
END;

CREATE TRIGGER network_organization_resolutions_insert AFTER INSERT ON organization_resolutions BEGIN
    INSERT OR IGNORE INTO network_pending SELECT event_id FROM event_organization_links WHERE organization_id = new.organization_id;
END;
CREATE TRIGGER network_organization_resolutions_update AFTER UPDATE ON organization_resolutions BEGIN
    INSERT OR IGNORE INTO network_pending SELECT event_id FROM event_organization_links WHERE organization_id IN (old.organization_id, new.organization_id);
END;
CREATE TRIGGER network_organization_resolutions_delete AFTER DELETE ON organization_resolutions BEGIN
    INSERT OR IGNORE INTO network_pending SELECT event_id FROM event_organization_links WHERE organization_id = old.organization_id;
END;

-- An article becoming, or ceasing to be, a near-duplicate takes its events out of the counts or puts them back.
CREATE TRIGGER network_near_duplicates_insert AFTER INSERT ON near_duplicates BEGIN
    INSERT OR IGNORE INTO network_pending SELECT id FROM events WHERE article_id = new.article_id;
END;
CREATE TRIGGER network_near_duplicates_update AFTER UPDATE ON near_duplicates BEGIN
    INSERT OR IGNORE INTO network_pending SELECT id FROM events WHERE article_id IN (old.article_id, new.article_id);
END;
CREATE TRIGGER network_near_duplicates_delete AFTER DELETE ON near_duplicates BEGIN
    INSERT OR IGNORE INTO network_pending SELECT id FROM events WHERE article_id = old.article_id;
END;
