using System.Runtime.InteropServices;

namespace Parley.Fuzz.Tests;

/// <summary>
/// One generated input: a string for the text targets (it may hold lone surrogates, which no UTF-8 file can),
/// or raw bytes for the readers, which take files.
/// </summary>
internal sealed class FuzzInput
{
    private FuzzInput(string? text, byte[]? bytes) => (Text, Bytes) = (text, bytes);

    /// <summary>The input of a text target, else null.</summary>
    public string? Text { get; }

    /// <summary>The file content of a reader target, else null.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Characters of a text, bytes of a file: the size the resource bounds scale with.</summary>
    public int Size => Text?.Length ?? Bytes!.Length;

    /// <summary>A text input.</summary>
    public static FuzzInput OfText(string text) => new(text, null);

    /// <summary>A file input.</summary>
    public static FuzzInput OfBytes(byte[] bytes) => new(null, bytes);

    /// <summary>
    /// Writes the input losslessly for a replay: files as they are; texts as raw UTF-16LE code units
    /// (<c>.utf16</c>, no BOM) because UTF-8 cannot hold a lone surrogate. Returns the path written.
    /// </summary>
    public string Save(string pathWithoutExtension, string fileExtension)
    {
        var path = pathWithoutExtension + (Text is null ? fileExtension : ".utf16");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Text is null ? Bytes! : MemoryMarshal.AsBytes(Text.AsSpan()).ToArray());
        return path;
    }
}
