namespace Parley.Bench.Scale;

/// <summary>A person of the synthetic world.</summary>
/// <param name="EntityId">Their person entity.</param>
/// <param name="Name">The name most articles use.</param>
/// <param name="Variant">Another spelling some articles use.</param>
/// <param name="Organization">Index of their organization in the world.</param>
/// <param name="Title">Their title there.</param>
internal sealed record SyntheticPerson(long EntityId, string Name, string Variant, int Organization, string Title);
