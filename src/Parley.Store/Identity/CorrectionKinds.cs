namespace Parley.Store.Identity;

/// <summary>The kinds of stored person corrections (<c>person_corrections.kind</c>).</summary>
internal static class CorrectionKinds
{
    /// <summary>All mentions named are one person.</summary>
    public const string Merge = "merge";

    /// <summary>The mentions on side 1 are another person than those on side 0.</summary>
    public const string Split = "split";
}
