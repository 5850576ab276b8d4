namespace Parley.Store.Export;

/// <summary>What a CSV export wrote: data rows per file (headers not counted).</summary>
/// <param name="Events">Rows in events.csv.</param>
/// <param name="Participants">Rows in participants.csv.</param>
/// <param name="Positions">Rows in positions.csv.</param>
public sealed record CsvExportSummary(int Events, int Participants, int Positions);
