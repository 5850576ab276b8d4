using System.Globalization;

namespace Parley.Store.Identity;

/// <summary>
/// What the store keeps of a <see cref="PersonProfile"/> (see <see cref="Queries.QueryResultCache"/>): everything
/// but the person's header, which comes from the look-up that found them and is always read live.
/// </summary>
internal sealed record KeptProfile(
    IReadOnlyList<string> WrittenAs,
    IReadOnlyList<PositionSpell> Positions,
    IReadOnlyList<AttendedEvent> Events,
    int EventCount,
    IReadOnlyList<Counterpart> Counterparts,
    IReadOnlyList<OrganizationTie> Organizations,
    IReadOnlyList<ArticleReference> Sources,
    int SourceCount)
{
    /// <summary>Profiles with longer lists than this are not kept: their size grows with the limit.</summary>
    public const int MaxLimit = 1_000;

    /// <summary>The key of one person's profile at one list length.</summary>
    public static string Key(long personId, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"person\":{personId},\"limit\":{limit}}}");

    public static KeptProfile Of(PersonProfile p) =>
        new(p.WrittenAs, p.Positions, p.Events, p.EventCount, p.Counterparts, p.Organizations, p.Sources, p.SourceCount);

    public PersonProfile With(PersonCandidate person) =>
        new(person, WrittenAs, Positions, Events, EventCount, Counterparts, Organizations, Sources, SourceCount);
}
