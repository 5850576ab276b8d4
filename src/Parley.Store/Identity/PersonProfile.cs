namespace Parley.Store.Identity;

/// <summary>Everything the knowledge base says about one person, with sources.</summary>
/// <param name="Person">Who: id, name, mention count and dates.</param>
/// <param name="WrittenAs">The spellings articles used, most frequent first, at most the number asked for.</param>
/// <param name="Positions">Titles as intervals, earliest first.</param>
/// <param name="Events">Events taken part in, newest first, at most the number asked for.</param>
/// <param name="EventCount">How many events there are in all.</param>
/// <param name="Counterparts">The people met most often, most frequent first.</param>
/// <param name="Organizations">Organizations the person held titles at, most mentioned first.</param>
/// <param name="Sources">The articles that mention the person, newest first, at most the number asked for.</param>
/// <param name="SourceCount">How many articles mention the person in all.</param>
public sealed record PersonProfile(
    PersonCandidate Person,
    IReadOnlyList<string> WrittenAs,
    IReadOnlyList<PositionSpell> Positions,
    IReadOnlyList<AttendedEvent> Events,
    int EventCount,
    IReadOnlyList<Counterpart> Counterparts,
    IReadOnlyList<OrganizationTie> Organizations,
    IReadOnlyList<ArticleReference> Sources,
    int SourceCount);
