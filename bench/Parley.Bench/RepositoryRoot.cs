namespace Parley.Bench;

/// <summary>Finds the repository: the nearest folder above the binary (or the working directory) holding Parley.slnx.</summary>
internal static class RepositoryRoot
{
    /// <summary>The repository folder, or null when the bench runs outside one.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
                    return dir.FullName;
        return null;
    }
}
