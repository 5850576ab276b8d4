namespace Parley.Store.Totals;

/// <summary>
/// What one counted event adds to the who-met-whom totals: its type, days and place, and its distinct
/// people, organizations and topics (each sorted). Recorded as added, so it can be taken out again exactly.
/// </summary>
/// <param name="Type">meeting, visit, conference or signing.</param>
/// <param name="Start">The first day, or null.</param>
/// <param name="Last">The last day (end, else start), or null.</param>
/// <param name="Place">The place entity it is located at, or null.</param>
internal sealed record EventShare(long EventId, string Type, string? Start, string? Last, long? Place)
{
    /// <summary>Person entities, sorted, distinct.</summary>
    public List<long> People { get; } = [];

    /// <summary>Organization entities, sorted, distinct.</summary>
    public List<long> Organizations { get; } = [];

    /// <summary>Topic labels, sorted ordinally, distinct.</summary>
    public List<string> Topics { get; } = [];

    /// <summary>The members at <paramref name="level"/> (see <see cref="TotalsLevels"/>).</summary>
    public List<long> Members(int level) => level == TotalsLevels.People ? People : Organizations;

    /// <summary>True when both shares add exactly the same to every total.</summary>
    public bool AddsTheSameAs(EventShare other) =>
        Type == other.Type && Start == other.Start && Last == other.Last && Place == other.Place
        && People.SequenceEqual(other.People) && Organizations.SequenceEqual(other.Organizations) && Topics.SequenceEqual(other.Topics);
}
