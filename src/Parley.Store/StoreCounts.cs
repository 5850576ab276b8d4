namespace Parley.Store;

/// <summary>Sizes of the store.</summary>
/// <param name="Articles">Stored articles.</param>
/// <param name="Events">Events over all articles.</param>
/// <param name="People">Distinct people (by normalized name).</param>
/// <param name="Organizations">Distinct organizations (by normalized name).</param>
/// <param name="Places">Distinct event locations (by normalized name).</param>
public sealed record StoreCounts(long Articles, long Events, long People, long Organizations, long Places);
