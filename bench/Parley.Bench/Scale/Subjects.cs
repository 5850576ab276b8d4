using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Bench.Scale;

/// <summary>What the timed queries ask about, picked from the store so they hit its heaviest and its typical cases.</summary>
/// <param name="BusyPerson">The person in the most events.</param>
/// <param name="TypicalPerson">A person around the thousandth busiest.</param>
/// <param name="RarePerson">A person in only one event.</param>
/// <param name="BusyOrganization">The organization named by the most events.</param>
/// <param name="LargestProvince">The province with the most events.</param>
/// <param name="MedianProvince">The province in the middle by events.</param>
internal sealed record Subjects(string BusyPerson, string TypicalPerson, string RarePerson, string BusyOrganization, string LargestProvince, string MedianProvince)
{
    /// <summary>Finds them (a few seconds of full scans on a million events; not timed).</summary>
    public static Subjects Pick(SqliteConnection raw)
    {
        var people = raw.Query<string>(
            """
            SELECT pe.name FROM person_entities pe JOIN (
                SELECT r.entity_id, count(*) AS events FROM event_participants ep
                JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
                GROUP BY r.entity_id ORDER BY events DESC LIMIT 1000) busy ON busy.entity_id = pe.id
            ORDER BY busy.events DESC
            """).AsList();
        var rare = raw.QueryFirst<string>(
            """
            SELECT pe.name FROM person_entities pe JOIN (
                SELECT r.entity_id FROM event_participants ep
                JOIN person_resolutions r ON r.article_person_id = ep.article_person_id
                GROUP BY r.entity_id HAVING count(*) = 1 LIMIT 1) one ON one.entity_id = pe.id
            """);
        var organization = raw.QuerySingle<string>(
            """
            SELECT oe.name FROM organization_entities oe WHERE oe.id = (
                SELECT r.entity_id FROM event_organizations eo JOIN organization_resolutions r ON r.organization_id = eo.organization_id
                GROUP BY r.entity_id ORDER BY count(*) DESC LIMIT 1)
            """);
        var provinces = raw.Query<string>(
            """
            SELECT pe.name FROM event_places ep
            JOIN place_ancestors pa ON pa.place_entity_id = ep.place_entity_id
            JOIN place_entities pe ON pe.id = pa.ancestor_id
            WHERE pe.kind = 'province'
            GROUP BY pe.id ORDER BY count(*) DESC
            """).AsList();
        return new Subjects(people[0], people[^1], rare, organization, provinces[0], provinces[provinces.Count / 2]);
    }
}
