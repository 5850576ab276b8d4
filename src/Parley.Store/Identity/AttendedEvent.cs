namespace Parley.Store.Identity;

/// <summary>An event a person took part in.</summary>
/// <param name="EventId">The stored event.</param>
/// <param name="Type">meeting, visit, conference or signing.</param>
/// <param name="Mode">in_person or virtual.</param>
/// <param name="Start">First day, when known.</param>
/// <param name="End">Last day, when known.</param>
/// <param name="Location">Where, as written.</param>
/// <param name="With">The other participants, as written.</param>
/// <param name="Source">The record id of the article that reports it.</param>
public sealed record AttendedEvent(long EventId, string Type, string Mode, string? Start, string? End, string? Location, IReadOnlyList<string> With, string Source);
