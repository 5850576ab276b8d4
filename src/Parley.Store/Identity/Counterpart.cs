namespace Parley.Store.Identity;

/// <summary>Someone a person took part in events with.</summary>
/// <param name="Id">The other person's entity.</param>
/// <param name="Name">Their display name.</param>
/// <param name="Events">In how many events both took part.</param>
public sealed record Counterpart(long Id, string Name, int Events);
