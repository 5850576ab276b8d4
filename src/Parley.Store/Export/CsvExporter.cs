using System.Globalization;
using System.Text;

namespace Parley.Store.Export;

/// <summary>
/// Writes the store as three CSV files in a folder: <c>events.csv</c>, <c>participants.csv</c>
/// and <c>positions.csv</c>, each with a header row. Rows stream from the store, so the export
/// never holds more than one row in memory.
/// </summary>
public static class CsvExporter
{
    /// <summary>File name of the events table.</summary>
    public const string EventsFile = "events.csv";

    /// <summary>File name of the event participants table.</summary>
    public const string ParticipantsFile = "participants.csv";

    /// <summary>File name of the positions table.</summary>
    public const string PositionsFile = "positions.csv";

    // UTF-8 without BOM: the files are read by scripts more than by spreadsheets.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the three files into <paramref name="folder"/> (created when missing), replacing existing ones.</summary>
    public static CsvExportSummary Export(IKnowledgeStore store, string folder)
    {
        Directory.CreateDirectory(folder);
        var events = Write(Path.Combine(folder, EventsFile),
            ["event_id", "article_id", "type", "mode", "start", "end", "location", "organizations", "agreements", "topics"],
            store.EventRows(),
            e => [Id(e.EventKey), e.ArticleId, e.Type, e.Mode, e.Start, e.End, e.Location, e.Organizations, e.Agreements, e.Topics]);
        var participants = Write(Path.Combine(folder, ParticipantsFile),
            ["event_id", "person_id", "name"],
            store.ParticipantRows(),
            p => [Id(p.EventKey), Id(p.PersonKey), p.Name]);
        var positions = Write(Path.Combine(folder, PositionsFile),
            ["person_id", "name", "title", "org", "article_id"],
            store.PositionRows(),
            p => [Id(p.PersonKey), p.Name, p.Title, p.Org, p.ArticleId]);
        return new CsvExportSummary(events, participants, positions);
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

    private static string Id(long key) => key.ToString(CultureInfo.InvariantCulture);
}
