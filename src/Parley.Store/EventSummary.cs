namespace Parley.Store;

/// <summary>One event as shown in a listing.</summary>
/// <param name="EventKey">The store's key for the event.</param>
/// <param name="ArticleId">The record id of the article it was reported in.</param>
/// <param name="Start">First day (<c>YYYY-MM-DD</c> or <c>YYYY-MM</c>), or null.</param>
/// <param name="End">Last day, or null.</param>
/// <param name="Type">meeting, visit, conference or signing.</param>
/// <param name="Mode">in_person or virtual.</param>
/// <param name="Location">Where, as written, or null.</param>
/// <param name="Participants">Participant names as written, in the record's order.</param>
public sealed record EventSummary(
    long EventKey,
    string ArticleId,
    string? Start,
    string? End,
    string Type,
    string Mode,
    string? Location,
    IReadOnlyList<string> Participants);
