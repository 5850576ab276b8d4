namespace Parley.Store.Export;

/// <summary>What a CSV export wrote: data rows per file (headers not counted).</summary>
/// <param name="Events">Rows in events.csv.</param>
/// <param name="Participants">Rows in participants.csv.</param>
/// <param name="Positions">Rows in positions.csv.</param>
/// <param name="People">Rows in people.csv.</param>
/// <param name="Organizations">Rows in organizations.csv.</param>
/// <param name="Places">Rows in places.csv.</param>
public sealed record CsvExportSummary(int Events, int Participants, int Positions, int People, int Organizations, int Places);
