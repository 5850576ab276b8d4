namespace Parley.Store;

/// <summary>Sizes of the store.</summary>
/// <param name="Articles">Stored articles, near-duplicates included.</param>
/// <param name="Events">Events over all articles except near-duplicates, whose events repeat their original's.</param>
/// <param name="People">Distinct people (by normalized name).</param>
/// <param name="Organizations">Distinct organizations (by normalized name).</param>
/// <param name="Places">Distinct event locations (by normalized name).</param>
/// <param name="NearDuplicates">Stored articles linked as near-duplicates of an earlier one.</param>
public sealed record StoreCounts(long Articles, long Events, long People, long Organizations, long Places, long NearDuplicates = 0);
