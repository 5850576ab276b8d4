namespace Parley.Store.Identity;

/// <summary>Why two people are, or are not, one entity.</summary>
/// <param name="A">The first person.</param>
/// <param name="B">The second person.</param>
/// <param name="SameEntity">True when both are already one entity.</param>
/// <param name="NamesAgree">True when some name of one is some name of the other in another spelling, case or order:
/// the resolver compares only such people and never joins others on its own.</param>
/// <param name="Score">For two entities whose names agree: their contexts scored against each other, with every finding; else null.</param>
/// <param name="Decisions">How each side's mentions came to their entity (both sides' when they differ).</param>
/// <param name="Corrections">Stored merges and splits that name mentions of both.</param>
public sealed record WhySameReport(
    PersonCandidate A, PersonCandidate B, bool SameEntity, bool NamesAgree, MatchScore? Score,
    IReadOnlyList<MentionDecision> Decisions, IReadOnlyList<CorrectionNote> Corrections);
