using Parley.Store.Queries;

namespace Parley.Store.Totals;

/// <summary>
/// The network levels kept as totals, as stored in the <c>level</c> columns, and the scopes each is kept in:
/// organizations in the whole store and in every place (a province's organization network), people in the
/// whole store only (profiles' counterparts; a place's people network is small enough to compute).
/// </summary>
internal static class TotalsLevels
{
    public const int People = (int)NetworkLevel.Person;
    public const int Organizations = (int)NetworkLevel.Organization;

    /// <summary>The scope of the whole store.</summary>
    public const long WholeStore = 0;

    public static readonly int[] All = [People, Organizations];

    /// <summary>True when <paramref name="level"/> has totals in place scopes, not only the whole store's.</summary>
    public static bool KeptPerPlace(int level) => level == Organizations;
}
