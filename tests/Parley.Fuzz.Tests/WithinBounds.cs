namespace Parley.Fuzz.Tests;

/// <summary>Asserts that one fixed input stays within the resource bounds of <see cref="ResourceBound"/>.</summary>
internal static class WithinBounds
{
    /// <summary>Runs <paramref name="action"/> on an input of <paramref name="size"/> units and fails when it throws or costs too much.</summary>
    public static ResourceUse Run(long size, Action action)
    {
        var use = ResourceUse.Measure(action);
        use.Violation(size).ShouldBeNull();
        return use;
    }
}
