-- Parley knowledge store: what the filtered queries (parley events, network, graph exports) read fast.

-- Which organization names take part in each event: those the event names, and those in which one of its
-- participants holds a position in the same article ("Chen Bo, Chairman of the Harbor Council, met ..."
-- brings the Harbor Council). Derived from extracted rows, which never change once written (an edited
-- article is deleted and inserted again), so the triggers below keep it exact; it holds organization
-- names, not entities, so resolving, merging or splitting organizations never touches it.
CREATE TABLE event_organization_links (
    event_id         INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organization_id  INTEGER NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (event_id, organization_id)
) WITHOUT ROWID;
CREATE INDEX event_organization_links_organization ON event_organization_links (organization_id, event_id);

INSERT OR IGNORE INTO event_organization_links (event_id, organization_id)
SELECT event_id, organization_id FROM event_organizations
UNION
SELECT ep.event_id, p.organization_id FROM event_participants ep
JOIN positions p ON p.article_person_id = ep.article_person_id
WHERE p.organization_id IS NOT NULL;

CREATE TRIGGER event_organizations_link AFTER INSERT ON event_organizations BEGIN
    INSERT OR IGNORE INTO event_organization_links (event_id, organization_id) VALUES (new.event_id, new.organization_id);
END;

CREATE TRIGGER event_participants_link AFTER INSERT ON event_participants BEGIN
    INSERT OR IGNORE INTO event_organization_links (event_id, organization_id)
    SELECT new.event_id, p.organization_id FROM positions p
    WHERE p.article_person_id = new.article_person_id AND p.organization_id IS NOT NULL;
END;

CREATE TRIGGER positions_link AFTER INSERT ON positions WHEN new.organization_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO event_organization_links (event_id, organization_id)
    SELECT ep.event_id, new.organization_id FROM event_participants ep WHERE ep.article_person_id = new.article_person_id;
END;

-- Covering indexes: each step from an entity or an event to its links is one b-tree range read instead
-- of an index read plus a table read per row. An index whose columns are a prefix of a new one is dropped.

-- Event → its participants' article-level people (person network).
CREATE INDEX event_participants_event_person ON event_participants (event_id, article_person_id);
-- Article-level person → events (--person, and the position trigger above).
DROP INDEX IF EXISTS event_participants_article_person;
CREATE INDEX event_participants_person_event ON event_participants (article_person_id, event_id);
-- Article-level person → the organizations of their positions (the participant trigger above).
DROP INDEX IF EXISTS positions_article_person;
CREATE INDEX positions_person_organization ON positions (article_person_id, organization_id);
-- Topic → events (--topic).
DROP INDEX IF EXISTS event_topics_topic;
CREATE INDEX event_topics_topic_event ON event_topics (topic, event_id);
