using System.Globalization;
using System.Text;

namespace Parley.Store.Export;

/// <summary>
/// Writes the store as CSV tables in a folder, each with a header row: the facts (<c>events.csv</c>,
/// <c>participants.csv</c>, <c>positions.csv</c>) and the entities they refer to (<c>people.csv</c>,
/// <c>organizations.csv</c>, <c>places.csv</c>). Entity ids are the store's entity ids, which are never
/// renumbered, so tables exported at different times join on them. Rows stream from the store, so the
/// export never holds more than one row in memory.
/// </summary>
public static class CsvExporter
{
    /// <summary>File name of the events table.</summary>
    public const string EventsFile = "events.csv";

    /// <summary>File name of the event participants table.</summary>
    public const string ParticipantsFile = "participants.csv";

    /// <summary>File name of the positions table.</summary>
    public const string PositionsFile = "positions.csv";

    /// <summary>File name of the person entities table.</summary>
    public const string PeopleFile = "people.csv";

    /// <summary>File name of the organization entities table.</summary>
    public const string OrganizationsFile = "organizations.csv";

    /// <summary>File name of the place entities table.</summary>
    public const string PlacesFile = "places.csv";

    // UTF-8 without BOM: the files are read by scripts more than by spreadsheets.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the six files into <paramref name="folder"/> (created when missing), replacing existing ones.</summary>
    public static CsvExportSummary Export(IKnowledgeStore store, string folder)
    {
        Directory.CreateDirectory(folder);
        var events = Write(Path.Combine(folder, EventsFile),
            ["event_id", "article_id", "type", "mode", "start", "end", "location", "place_id", "organizations", "agreements", "topics"],
            store.EventRows(),
            e => [Id(e.EventKey), e.ArticleId, e.Type, e.Mode, e.Start, e.End, e.Location, Id(e.PlaceKey), e.Organizations, e.Agreements, e.Topics]);
        var participants = Write(Path.Combine(folder, ParticipantsFile),
            ["event_id", "person_id", "name"],
            store.ParticipantRows(),
            p => [Id(p.EventKey), Id(p.PersonKey), p.Name]);
        var positions = Write(Path.Combine(folder, PositionsFile),
            ["person_id", "name", "title", "org", "organization_id", "article_id"],
            store.PositionRows(),
            p => [Id(p.PersonKey), p.Name, p.Title, p.Org, Id(p.OrganizationKey), p.ArticleId]);
        var people = Write(Path.Combine(folder, PeopleFile),
            ["person_id", "name", "names"],
            store.PersonRows(),
            p => [Id(p.PersonKey), p.Name, p.Names]);
        var organizations = Write(Path.Combine(folder, OrganizationsFile),
            ["organization_id", "name", "names", "place_id"],
            store.OrganizationRows(),
            o => [Id(o.OrganizationKey), o.Name, o.Names, Id(o.PlaceKey)]);
        var places = Write(Path.Combine(folder, PlacesFile),
            ["place_id", "name", "kind", "country_code", "parent_id", "gazetteer_id"],
            store.PlaceRows(),
            p => [Id(p.PlaceKey), p.Name, p.Kind, p.CountryCode, Id(p.ParentKey), Id(p.GazetteerId)]);
        return new CsvExportSummary(events, participants, positions, people, organizations, places);
    }

    private static int Write<T>(string path, string?[] header, IEnumerable<T> rows, Func<T, string?[]> fields)
    {
        using var output = new StreamWriter(path, append: false, Utf8);
        var csv = new CsvWriter(output);
        csv.WriteRow(header);
        var count = 0;
        foreach (var row in rows)
        {
            csv.WriteRow(fields(row));
            count++;
        }
        return count;
    }

    private static string? Id(long? key) => key?.ToString(CultureInfo.InvariantCulture);
}
