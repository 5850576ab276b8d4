using System.Text;
using System.Text.Json;

namespace Parley.Ingest;

/// <summary>
/// Reads a JSON-lines file: one article object per line with <c>text</c> or <c>html</c>, and optional
/// <c>id</c>, <c>url</c>, <c>published</c>, <c>title</c>. Lines are split on raw bytes and decoded one by one,
/// so a malformed or oversized line fails alone and reading continues with the next.
/// </summary>
internal sealed class JsonLinesArticleReader(ArticleReaderOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IEnumerable<ReadOutcome> Read(string path)
    {
        FileStream stream;
        try { stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new ReadFailure(path, null, "the file could not be read; check that it exists and you may read it", e.Message)];
        }
        return ReadLines(path, stream);
    }

    private IEnumerable<ReadOutcome> ReadLines(string path, Stream stream)
    {
        using var _ = stream;
        var baseName = Path.GetFileNameWithoutExtension(path);
        var buffer = new MemoryStream();
        var lineNumber = 0;
        var sawContent = false;
        while (true)
        {
            bool ended, tooLong;
            string? ioFailure = null;
            try { (ended, tooLong) = NextLine(stream, buffer); }
            catch (IOException e) { (ended, tooLong, ioFailure) = (true, false, e.Message); }
            if (ioFailure is not null) { yield return new ReadFailure(path, lineNumber + 1, "the file could not be read to its end", ioFailure); yield break; }
            if (ended && buffer.Length == 0 && !tooLong) break;
            lineNumber++;
            var outcome = tooLong
                ? new ReadFailure(path, lineNumber, $"the line is too large: one article may have at most {options.MaxArticleBytes:N0} bytes (MaxArticleBytes)")
                : ParseLine(path, baseName, lineNumber, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            buffer.SetLength(0);
            if (outcome is not null) { sawContent = true; yield return outcome; }
            if (ended) break;
        }
        if (!sawContent) yield return new ReadFailure(path, null, "the file is empty (no JSON lines)");
    }

    /// <summary>Reads bytes up to the next newline; beyond the size limit, bytes are skipped instead of kept.</summary>
    private (bool Ended, bool TooLong) NextLine(Stream stream, MemoryStream line)
    {
        var tooLong = false;
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) return (true, tooLong);
            if (b == '\n') return (false, tooLong);
            if (tooLong) continue;
            if (line.Length >= options.MaxArticleBytes) { tooLong = true; line.SetLength(0); continue; }
            line.WriteByte((byte)b);
        }
    }

    /// <summary>
    /// The parser's complaint and where on the line: its own position suffix counts lines of the single line
    /// it was given from 0, which would contradict the file's line number given next to it.
    /// </summary>
    private static string Describe(JsonException error)
    {
        var message = error.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (suffix < 0) suffix = message.Length;
        var path = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (path >= 0 && path < suffix) suffix = path;
        var complaint = message[..suffix].TrimEnd(' ', '|');
        return error.BytePositionInLine is { } at ? $"{complaint} At byte {at + 1} of the line." : complaint;
    }

    /// <summary>Null for blank lines, which are allowed and ignored.</summary>
    private static ReadOutcome? ParseLine(string path, string baseName, int lineNumber, ReadOnlySpan<byte> bytes)
    {
        if (lineNumber == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        string json;
        try { json = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return new ReadFailure(path, lineNumber, "the line is not valid UTF-8; save the file as UTF-8"); }
        if (string.IsNullOrWhiteSpace(json)) return null;

        JsonDocument document;
        try { document = JsonDocument.Parse(json); }
        catch (JsonException e) { return new ReadFailure(path, lineNumber, "the line is not valid JSON", Describe(e)); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new ReadFailure(path, lineNumber, "the line is not a JSON object; expected {\"text\": ...} or {\"html\": ...}");
            string? Field(string name, out string? problem)
            {
                problem = null;
                if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
                if (value.ValueKind == JsonValueKind.String)
                {
                    // An escaped lone surrogate ("\ud800") is valid JSON syntax but not text: decoding it throws.
                    try { return value.GetString(); }
                    catch (InvalidOperationException)
                    {
                        problem = $"the field \"{name}\" holds an escaped lone surrogate (such as \\ud800), which is not text";
                        return null;
                    }
                }
                if (value.ValueKind == JsonValueKind.Number && name == "id") return value.GetRawText();
                problem = $"the field \"{name}\" must be a string";
                return null;
            }
            string? problem = null;
            string? Take(string name) { var v = Field(name, out var p); problem ??= p; return v; }
            var text = Take("text");
            var html = Take("html");
            var id = Take("id");
            var url = Take("url");
            var published = Take("published");
            var title = Take("title");
            if (problem is not null) return new ReadFailure(path, lineNumber, problem);
            if (text is null && html is null) return new ReadFailure(path, lineNumber, "the line has neither a \"text\" nor an \"html\" field");

            id = string.IsNullOrWhiteSpace(id) ? $"{baseName}-{lineNumber}" : id.Trim();
            var origin = $"{path}:{lineNumber}";
            var key = $"{path}#{id}";
            var raw = text ?? html!;
            if (!TextDecoder.Validate(raw, out var failure, out var detail)) return new ReadFailure(path, lineNumber, $"the article {(text is null ? "html" : "text")} is unusable: {failure}", detail);
            if (published is not null)
            {
                var iso = FullDateFinder.ParseIsoPrefix(published);
                if (iso is null) return new ReadFailure(path, lineNumber, "the field \"published\" is not a date like 2024-04-07", $"\"{published}\"");
                published = iso;
            }
            var hash = ArticleReader.Sha256Hex(raw);
            if (text is not null)
                return new ArticleRead(new SourceArticle(id, origin, text, url, published, title), hash, key);

            var page = HtmlArticleExtractor.Extract(html!, out var refusal);
            if (page is null) return new ReadFailure(path, lineNumber, refusal ?? "the html has no article text (nothing left after removing menus, scripts and other page chrome)");
            return new ArticleRead(new SourceArticle(id, origin, page.Text, url ?? page.Url, published ?? page.Published, title ?? page.Title), hash, key);
        }
    }
}
