namespace Parley.Store.Queries;

/// <summary>The <c>FROM</c> and <c>WHERE</c> clauses that yield matching events as <c>e</c>.</summary>
/// <param name="From">Events alone, or the ids of one criterion's events joined to them.</param>
/// <param name="Where">The checks of the other criteria, or nothing.</param>
internal sealed record EventSource(string From, string Where)
{
    /// <inheritdoc/>
    public override string ToString() => $"{From} {Where}";
}
