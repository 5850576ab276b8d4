namespace Parley.Store.Identity;

/// <summary>
/// What is known of a person when deciding whether two are one: the forms of the name and the context
/// features of the mentions, for one new mention or for a whole entity alike.
/// </summary>
/// <param name="LookupKeys">The names' lookup keys (<see cref="PersonNameKey.LookupKey"/>): whom it may be compared with.</param>
/// <param name="OrderedKeys">The name's forms, family name first where that can be told (<see cref="PersonNameKey.OrderedKey"/>).</param>
/// <param name="IsShortChineseName">True when the name is a Chinese name with a one-syllable given name.</param>
/// <param name="Mentions">How many mentions the context was gathered from.</param>
/// <param name="Seen">When those mentions were dated.</param>
/// <param name="Features">The context, one entry per kind and value.</param>
internal sealed record PersonContext(
    IReadOnlySet<string> LookupKeys, IReadOnlySet<string> OrderedKeys, bool IsShortChineseName, int Mentions, DateSpan Seen, IReadOnlyList<ContextFeature> Features)
{
    /// <summary>The features of one kind.</summary>
    public IReadOnlyList<ContextFeature> Of(string kind) => Features.Where(f => f.Kind == kind).ToList();
}
