using System.Security.Cryptography;
using System.Text;

namespace Parley.Ingest;

/// <summary>
/// Reads articles from files and folders, one at a time, so a corpus of any size streams through
/// constant memory. Folders are walked recursively in ordinal name order (files before subfolders)
/// so every run sees the same sequence. No exception escapes for bad input: each problem becomes a
/// <see cref="ReadFailure"/> and reading goes on.
/// </summary>
public sealed class ArticleReader
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm" };
    private static readonly HashSet<string> JsonLinesExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl" };

    /// <summary>Creates a reader with the given limits (defaults when null).</summary>
    public ArticleReader(ArticleReaderOptions? options = null) => Options = options ?? new ArticleReaderOptions();

    /// <summary>The limits in force.</summary>
    public ArticleReaderOptions Options { get; }

    /// <summary>True when <paramref name="path"/> has an extension this reader understands.</summary>
    public static bool IsSupported(string path)
    {
        var ext = Path.GetExtension(path);
        return TextExtensions.Contains(ext) || HtmlExtensions.Contains(ext) || JsonLinesExtensions.Contains(ext);
    }

    /// <summary>
    /// Reads every article under <paramref name="paths"/> (files, or folders walked recursively), lazily.
    /// A file of unsupported type is a failure when named explicitly and a <see cref="FileSkipped"/> in a folder walk.
    /// </summary>
    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths)
    {
        foreach (var given in paths)
        {
            var path = Path.GetFullPath(given);
            if (Directory.Exists(path))
            {
                foreach (var outcome in ReadFolder(path)) yield return outcome;
            }
            else if (File.Exists(path))
            {
                if (IsSupported(path))
                    foreach (var outcome in ReadFile(path)) yield return outcome;
                else
                    yield return new ReadFailure(path, null, $"not a supported file type (\"{Path.GetExtension(path)}\"); use .txt, .html, .htm or .jsonl");
            }
            else
            {
                yield return new ReadFailure(path, null, "no such file or folder");
            }
        }
    }

    private IEnumerable<ReadOutcome> ReadFolder(string folder)
    {
        string[] files, folders;
        string? failure = null;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (files, folders, failure) = ([], [], $"the folder could not be listed: {e.Message}");
        }
        if (failure is not null) { yield return new ReadFailure(folder, null, failure); yield break; }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!IsSupported(file)) { yield return new FileSkipped(file); continue; }
            foreach (var outcome in ReadFile(file)) yield return outcome;
        }
        foreach (var sub in folders)
        {
            // Linked folders are not followed: they can form cycles or pull in unrelated trees.
            if (new DirectoryInfo(sub).LinkTarget is not null) continue;
            foreach (var outcome in ReadFolder(sub)) yield return outcome;
        }
    }

    private IEnumerable<ReadOutcome> ReadFile(string path)
    {
        var ext = Path.GetExtension(path);
        if (JsonLinesExtensions.Contains(ext))
        {
            foreach (var outcome in new JsonLinesArticleReader(Options).Read(path)) yield return outcome;
            yield break;
        }
        yield return ReadWholeFile(path, HtmlExtensions.Contains(ext));
    }

    private ReadOutcome ReadWholeFile(string path, bool isHtml)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > Options.MaxArticleBytes)
                return new ReadFailure(path, null, $"the file is too large ({length:N0} bytes; the limit MaxArticleBytes is {Options.MaxArticleBytes:N0})");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReadFailure(path, null, $"the file could not be read: {e.Message}");
        }
        if (bytes.LongLength > Options.MaxArticleBytes) // grew while being read
            return new ReadFailure(path, null, $"the file is too large ({bytes.LongLength:N0} bytes; the limit MaxArticleBytes is {Options.MaxArticleBytes:N0})");

        var text = TextDecoder.Decode(bytes, out var failure);
        if (text is null) return new ReadFailure(path, null, failure!);
        var id = Path.GetFileNameWithoutExtension(path);
        var hash = Sha256Hex(text);
        if (!isHtml) return new ArticleRead(new SourceArticle(id, path, text), hash, path);

        var page = HtmlArticleExtractor.Extract(text);
        if (page is null) return new ReadFailure(path, null, "the page has no article text (nothing left after removing menus, scripts and other page chrome)");
        return new ArticleRead(new SourceArticle(id, path, page.Text, page.Url, page.Published, page.Title), hash, path);
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    internal static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
