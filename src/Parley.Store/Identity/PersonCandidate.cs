namespace Parley.Store.Identity;

/// <summary>A person entity as listed when a name is looked up: enough to tell same-named people apart.</summary>
/// <param name="Id">The entity id (shown as <c>P{Id}</c>).</param>
/// <param name="Name">The display name.</param>
/// <param name="Mentions">In how many article-level mentions the person occurs.</param>
/// <param name="FirstSeen">The earliest date of those mentions, when any is dated.</param>
/// <param name="LastSeen">The latest date of those mentions, when any is dated.</param>
/// <param name="KnownAs">The title and organization given most often ("Chairman, Riverton CCPIT"), when any.</param>
public sealed record PersonCandidate(long Id, string Name, int Mentions, string? FirstSeen, string? LastSeen, string? KnownAs)
{
    /// <summary>The id as users write it.</summary>
    public string Reference => $"P{Id}";
}
