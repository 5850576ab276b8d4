namespace Parley.Cli.Tests.Robustness;

/// <summary>
/// The tests that run <c>parley</c> as child processes: one at a time, since each already keeps the machine's
/// cores busy and their timing (kill points, two writers at once) should not depend on each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ChildProcessCollection
{
    /// <summary>The collection's name, for <c>[Collection]</c>.</summary>
    public const string Name = "child processes";
}
