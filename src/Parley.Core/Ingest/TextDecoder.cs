using System.Text;

namespace Parley.Ingest;

/// <summary>
/// Turns raw input bytes into text, refusing what is not text: binary data, invalid UTF-8,
/// empty or whitespace-only content. UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // Binary files under a text name are common in crawls (images, archives, PDFs saved as .html).
    private const string Binary = "it looks like binary data, not text (an image, archive or document under a text file name?)";

    /// <summary>Share of control characters above which text is taken for binary data.</summary>
    private const double MaxControlCharShare = 0.02;

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns null, a reason and what is particular to these bytes.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? failure, out string? detail)
    {
        (failure, detail) = (null, null);
        if (bytes.IsEmpty) { failure = "the file is empty"; return null; }

        string text;
        try
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
                text = StrictUtf16Le.GetString(bytes[2..]);
            else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
                text = StrictUtf16Be.GetString(bytes[2..]);
            else
            {
                // NUL bytes never occur in UTF-8 text; checking first names the real problem (binary) instead of "not UTF-8".
                if (bytes.IndexOf((byte)0) >= 0) { (failure, detail) = (Binary, "it contains NUL bytes"); return null; }
                var body = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;
                text = StrictUtf8.GetString(body);
            }
        }
        catch (DecoderFallbackException e)
        {
            (failure, detail) = ("it is not valid UTF-8 or UTF-16 text; save it as UTF-8", $"invalid bytes at offset {e.Index}");
            return null;
        }

        return Validate(text, out failure, out detail) ? text : null;
    }

    /// <summary>Checks decoded text for emptiness and binary content; on failure a reason and what is particular to this text.</summary>
    public static bool Validate(string text, out string? failure, out string? detail)
    {
        (failure, detail) = (null, null);
        var controls = 0;
        var nonWhite = 0;
        foreach (var c in text)
        {
            if (c == '\0') { (failure, detail) = (Binary, "it contains NUL characters"); return false; }
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) controls++;
            if (!char.IsWhiteSpace(c)) nonWhite++;
        }
        if (nonWhite == 0) { failure = text.Length == 0 ? "it is empty" : "it contains only whitespace"; return false; }
        if (controls > MaxControlCharShare * text.Length)
        {
            (failure, detail) = (Binary, $"{controls:N0} control characters in {text.Length:N0}");
            return false;
        }
        return true;
    }
}
