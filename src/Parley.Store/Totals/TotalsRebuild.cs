using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Store.Queries;

namespace Parley.Store.Totals;

/// <summary>
/// Recomputes every total from the stored events in a few set-based statements: what an upgraded store,
/// a bulk load or <c>parley totals --rebuild</c> needs. Adding a million events' shares one batch at a time
/// would sweep the growing totals once per batch; grouping sorts each table once. It is also an independent
/// second computation of the totals, which tests compare with the ones kept up to date event by event.
/// </summary>
internal static class TotalsRebuild
{
    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        var people = TotalsLevels.People;
        var organizations = TotalsLevels.Organizations;
        var whole = TotalsLevels.WholeStore;
        connection.Execute(
            $"""
            DELETE FROM network_scope_totals; DELETE FROM network_node_totals; DELETE FROM network_pair_totals;
            DELETE FROM network_event_shares; DELETE FROM network_event_members; DELETE FROM network_event_topics;
            DELETE FROM network_pending;

            -- The recorded shares, as EventShareReader.Current reads them for a few events.
            INSERT INTO network_event_shares (event_id, type, start, last, place_entity_id)
            SELECT e.id, e.type, e.start, coalesce(e."end", e.start), p.place_entity_id
            FROM events e LEFT JOIN event_places p ON p.event_id = e.id
            WHERE {NearDuplicateExclusion.Condition};
            INSERT OR IGNORE INTO network_event_members (event_id, level, node, start)
            SELECT s.event_id, {people}, r.entity_id, s.start FROM network_event_shares s
            JOIN event_participants ep ON ep.event_id = s.event_id
            JOIN person_resolutions r ON r.article_person_id = ep.article_person_id;
            INSERT OR IGNORE INTO network_event_members (event_id, level, node, start)
            SELECT s.event_id, {organizations}, r.entity_id, s.start FROM network_event_shares s
            JOIN event_organization_links l ON l.event_id = s.event_id
            JOIN organization_resolutions r ON r.organization_id = l.organization_id;
            INSERT INTO network_event_topics (event_id, topic)
            SELECT s.event_id, t.topic FROM network_event_shares s JOIN event_topics t ON t.event_id = s.event_id;

            -- Which totals each event counts in: the whole store's at both levels, and its place's and their
            -- ancestors' for organizations.
            CREATE TEMP TABLE event_scopes (event_id INTEGER NOT NULL, level INTEGER NOT NULL, scope INTEGER NOT NULL);
            INSERT INTO temp.event_scopes SELECT event_id, {people}, {whole} FROM network_event_shares;
            INSERT INTO temp.event_scopes SELECT event_id, {organizations}, {whole} FROM network_event_shares;
            INSERT INTO temp.event_scopes SELECT s.event_id, {organizations}, pa.ancestor_id FROM network_event_shares s
            JOIN place_ancestors pa ON pa.place_entity_id = s.place_entity_id;

            INSERT INTO network_pair_totals (level, scope, source, target, weight, first, last, meetings, visits, conferences, signings, topics)
            SELECT a.level, sc.scope, a.node, b.node, count(*), min(s.start), max(s.last),
                   sum(s.type = 'meeting'), sum(s.type = 'visit'), sum(s.type = 'conference'), sum(s.type = 'signing'), '{PairTopics.None}'
            FROM temp.event_scopes sc
            JOIN network_event_members a ON a.event_id = sc.event_id AND a.level = sc.level
            JOIN network_event_members b ON b.event_id = a.event_id AND b.level = a.level AND b.node > a.node
            JOIN network_event_shares s ON s.event_id = sc.event_id
            GROUP BY a.level, sc.scope, a.node, b.node;

            -- Topics as PairTopics writes them: a JSON object, labels in order, no zero counts.
            UPDATE network_pair_totals SET topics = x.topics
            FROM (SELECT level, scope, source, target, json_group_object(topic, events) AS topics
                  FROM (SELECT a.level, sc.scope, a.node AS source, b.node AS target, t.topic, count(*) AS events
                        FROM temp.event_scopes sc
                        JOIN network_event_topics t ON t.event_id = sc.event_id
                        JOIN network_event_members a ON a.event_id = sc.event_id AND a.level = sc.level
                        JOIN network_event_members b ON b.event_id = a.event_id AND b.level = a.level AND b.node > a.node
                        GROUP BY a.level, sc.scope, a.node, b.node, t.topic
                        ORDER BY a.level, sc.scope, a.node, b.node, t.topic)
                  GROUP BY level, scope, source, target) x
            WHERE network_pair_totals.level = x.level AND network_pair_totals.scope = x.scope
              AND network_pair_totals.source = x.source AND network_pair_totals.target = x.target;

            INSERT INTO network_node_totals (level, scope, node, events, edges)
            SELECT m.level, sc.scope, m.node, count(*), 0 FROM temp.event_scopes sc
            JOIN network_event_members m ON m.event_id = sc.event_id AND m.level = sc.level
            GROUP BY m.level, sc.scope, m.node;
            UPDATE network_node_totals SET edges = x.edges
            FROM (SELECT level, scope, node, count(*) AS edges
                  FROM (SELECT level, scope, source AS node FROM network_pair_totals UNION ALL SELECT level, scope, target FROM network_pair_totals)
                  GROUP BY level, scope, node) x
            WHERE network_node_totals.level = x.level AND network_node_totals.scope = x.scope AND network_node_totals.node = x.node;

            INSERT INTO network_scope_totals (level, scope, events, nodes, edges)
            SELECT level, scope, count(*),
                   (SELECT count(*) FROM network_node_totals n WHERE n.level = sc.level AND n.scope = sc.scope AND n.edges > 0),
                   (SELECT count(*) FROM network_pair_totals p WHERE p.level = sc.level AND p.scope = sc.scope)
            FROM temp.event_scopes sc GROUP BY level, scope;

            DROP TABLE temp.event_scopes;
            """, transaction: transaction, commandTimeout: 0);
    }
}
