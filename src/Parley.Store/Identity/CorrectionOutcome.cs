namespace Parley.Store.Identity;

/// <summary>What a merge or split did, or why it was refused.</summary>
/// <param name="Applied">False when nothing was changed.</param>
/// <param name="Message">What happened, or why not, in one sentence.</param>
/// <param name="Correction">The stored correction's number, when applied.</param>
/// <param name="Entity">The entity the moved mentions now belong to, when applied.</param>
/// <param name="Moved">How many mentions changed entity.</param>
public sealed record CorrectionOutcome(bool Applied, string Message, long? Correction = null, long? Entity = null, int Moved = 0);
