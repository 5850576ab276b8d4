namespace Parley.Store.Identity;

/// <summary>How strongly two mentions or entities look like one person, and why.</summary>
/// <param name="Total">The sum of the evidence's points.</param>
/// <param name="Evidence">Every finding, in the order compared.</param>
public sealed record MatchScore(double Total, IReadOnlyList<MatchEvidence> Evidence)
{
    /// <summary>Scores at or above this make one person: with nothing for or against, one name is one person.</summary>
    public const double Threshold = 0;

    /// <summary>True when the score makes them one person.</summary>
    public bool IsSamePerson => Total >= Threshold;
}
