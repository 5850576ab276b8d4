namespace Parley.Store.Identity;

/// <summary>A stored merge or split, as listed to users.</summary>
/// <param name="Id">The correction's number.</param>
/// <param name="Kind">merge or split.</param>
/// <param name="Description">What was asked ("split P3 --source a1").</param>
/// <param name="CreatedAt">When, in UTC.</param>
public sealed record CorrectionNote(long Id, string Kind, string Description, string CreatedAt);
