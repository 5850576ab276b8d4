namespace Parley.Fuzz.Tests;

/// <summary>
/// All fuzz and adversarial tests share one collection, so they share one <see cref="FuzzReport"/> and never run
/// beside each other: their time and memory bounds assume the test has the process to itself.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzReport>
{
    /// <summary>The collection's name, for <see cref="CollectionAttribute"/>.</summary>
    public const string Name = "fuzz";
}
