namespace Parley.Testing;

/// <summary>
/// Finds <c>../shared</c> (the read-only contract, corpus and reference tools) beside the repository.
/// Tests that need it call <see cref="RequireOrSkip"/>: on a fresh clone without it they return early,
/// but under CI (<c>CI=true</c>), where it is always present, its absence is a failure, never a skip.
/// </summary>
public static class SharedCorpus
{
    /// <summary>The repository root: the nearest ancestor folder holding <c>Parley.slnx</c>.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder, or null when it is not beside the repository.</summary>
    public static string? Root
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("PARLEY_SHARED");
            var candidate = fromEnv ?? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(candidate, "corpus")) ? candidate : null;
        }
    }

    /// <summary>True when running under CI, where the shared folder must exist.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The shared folder; null (the caller returns early) only outside CI when it is missing.
    /// Under CI a missing folder throws, so the test fails instead of silently passing.
    /// </summary>
    public static string? RequireOrSkip()
    {
        var root = Root;
        if (root is null && IsCi)
            throw new InvalidOperationException($"../shared is missing beside {RepoRoot}; CI must have it.");
        return root;
    }

    /// <summary>Every gold folder under shared/corpus (e.g. corpus/dev/gold, corpus/seeds/gold).</summary>
    public static IReadOnlyList<string> GoldFolders(string sharedRoot) =>
        Directory.GetDirectories(Path.Combine(sharedRoot, "corpus"))
            .Select(d => Path.Combine(d, "gold"))
            .Where(Directory.Exists)
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Parley.slnx not found above " + AppContext.BaseDirectory);
    }
}
