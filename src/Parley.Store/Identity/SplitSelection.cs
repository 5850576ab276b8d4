namespace Parley.Store.Identity;

/// <summary>Which mentions of a person to move to a new entity: those from some articles, or those with some organizations.</summary>
/// <param name="Sources">Articles, by record id or source key.</param>
/// <param name="Organizations">Organization entities the moved mentions held titles at.</param>
public sealed record SplitSelection(IReadOnlyList<string> Sources, IReadOnlyList<long> Organizations)
{
    /// <summary>The selection as written in a command ("--source a1 --org O4").</summary>
    public string Describe() =>
        string.Join(' ', Sources.Select(s => $"--source {s}").Concat(Organizations.Select(o => $"--org O{o}")));
}
