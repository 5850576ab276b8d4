namespace Parley.Bench.Scale;

/// <summary>An organization of the synthetic world.</summary>
/// <param name="EntityId">Its organization entity.</param>
/// <param name="NameId">The organizations row of its full name.</param>
/// <param name="Name">Its full name.</param>
/// <param name="AliasId">The organizations row of its short name, if it has one.</param>
/// <param name="Alias">Its short name ("Suzhou CCPIT"), if it has one.</param>
/// <param name="Kind">government, department, council, embassy or company: decides its people's titles.</param>
internal sealed record SyntheticOrganization(long EntityId, long NameId, string Name, long? AliasId, string? Alias, string Kind);
