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
                    yield return new ReadFailure(path, null, "not a supported file type; use .txt, .html, .htm or .jsonl", $"\"{Path.GetExtension(path)}\"");
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
            (files, folders, failure) = ([], [], e.Message);
        }
        if (failure is not null) { yield return new ReadFailure(folder, null, "the folder could not be listed; check that it exists and you may read it", failure); yield break; }

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
        byte[]? bytes;
        int count;
        long length;
        try
        {
            (bytes, count, length) = ReadAtMost(path, Options.MaxArticleBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReadFailure(path, null, "the file could not be read; check that it exists and you may read it", e.Message);
        }
        if (bytes is null) return TooLarge(path, length);

        var text = TextDecoder.Decode(bytes.AsSpan(0, count), out var failure, out var detail);
        if (text is null) return new ReadFailure(path, null, failure!, detail);
        var id = Path.GetFileNameWithoutExtension(path);
        var hash = Sha256Hex(text);
        if (!isHtml) return new ArticleRead(new SourceArticle(id, path, text), hash, path);

        var page = HtmlArticleExtractor.Extract(text, out var refusal);
        if (page is null) return new ReadFailure(path, null, refusal ?? "the page has no article text (nothing left after removing menus, scripts and other page chrome)");
        return new ArticleRead(new SourceArticle(id, path, page.Text, page.Url, page.Published, page.Title), hash, path);
    }

    private ReadFailure TooLarge(string path, long length) =>
        new(path, null, $"the file is too large: one article may have at most {Options.MaxArticleBytes:N0} bytes (MaxArticleBytes); split it into smaller files",
            length > Options.MaxArticleBytes ? $"{length:N0} bytes" : "it grew past the limit while being read");

    /// <summary>
    /// The file's bytes (the first <c>Count</c> of the buffer), or a null buffer when it holds over <paramref name="max"/>
    /// bytes. A file whose length is known to exceed the limit is refused unread; otherwise reading stops one byte past
    /// the limit, so a file that grows meanwhile or has no length (a device, /proc) is never loaded whole either.
    /// </summary>
    private static (byte[]? Bytes, int Count, long Length) ReadAtMost(string path, long max)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var length = stream.CanSeek ? stream.Length : 0;
        if (length > max) return (null, 0, length);
        var limit = (int)Math.Min(max + 1, Array.MaxLength);
        var buffer = new byte[Math.Clamp(length + 1, 1, limit)];
        var count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                if (count == limit) return (null, 0, -1);
                Array.Resize(ref buffer, (int)Math.Min(limit, 2L * buffer.Length));
            }
            var read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0) return (buffer, count, count);
            count += read;
        }
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    internal static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
