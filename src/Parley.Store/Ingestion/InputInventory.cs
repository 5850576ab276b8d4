using Parley.Ingest;

namespace Parley.Store.Ingestion;

/// <summary>
/// The article files under some paths and their total size, found by listing folders only (no file is
/// opened), so a progress bar has a total before the first article is read. Walks like
/// <see cref="ArticleReader"/>: recursive, linked folders not followed, only supported extensions.
/// </summary>
/// <param name="Files">Files found.</param>
/// <param name="Bytes">Their total size in bytes.</param>
public sealed record InputInventory(int Files, long Bytes)
{
    /// <summary>Lists <paramref name="paths"/>; paths that do not exist or cannot be listed count as nothing (the reader reports them).</summary>
    public static InputInventory Of(IEnumerable<string> paths)
    {
        var files = 0;
        long bytes = 0;
        void Count(FileInfo file)
        {
            files++;
            bytes += file.Length;
        }
        foreach (var given in paths)
        {
            var path = Path.GetFullPath(given);
            try
            {
                if (File.Exists(path)) Count(new FileInfo(path));
                else if (Directory.Exists(path)) Walk(new DirectoryInfo(path), Count);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return new InputInventory(files, bytes);
    }

    private static void Walk(DirectoryInfo folder, Action<FileInfo> count)
    {
        FileInfo[] files;
        DirectoryInfo[] folders;
        try
        {
            files = folder.GetFiles();
            folders = folder.GetDirectories();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
        foreach (var file in files)
            if (ArticleReader.IsSupported(file.FullName)) count(file);
        foreach (var sub in folders)
            if (sub.LinkTarget is null) Walk(sub, count);
    }
}
