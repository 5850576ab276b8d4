using System.Text;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Byte-level damage for the file readers: invalid or truncated UTF-8 sequences, stray byte-order marks,
/// UTF-16 with odd lengths, NUL bytes, flipped bits and random binary. What the text mutators cannot make,
/// since a .NET string always encodes to valid UTF-8 (lone surrogates become U+FFFD).
/// </summary>
internal static class ByteMutator
{
    private static readonly byte[][] BadSequences =
    [
        [0xC0, 0x80], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0xFF], [0xFE], [0x80], [0xBF], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0x00], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
    ];

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, damaged by zero to three random byte edits.</summary>
    public static byte[] Encode(string text, Random rng)
    {
        // Mostly UTF-8 (the text mutations already did their work); sometimes UTF-16 with its BOM, as some crawlers save.
        var encoding = rng.Next(10) switch { 0 => Encoding.Unicode, 1 => Encoding.BigEndianUnicode, _ => Encoding.UTF8 };
        byte[] bytes = encoding == Encoding.UTF8 ? encoding.GetBytes(text) : [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        for (var n = rng.Next(2) == 0 ? 0 : rng.Next(1, 4); n > 0; n--) bytes = Damage(bytes, rng);
        return bytes;
    }

    /// <summary><paramref name="length"/> random bytes.</summary>
    public static byte[] RandomBytes(Random rng, int length)
    {
        var bytes = new byte[length];
        rng.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Damage(byte[] bytes, Random rng)
    {
        var at = rng.Next(bytes.Length + 1);
        switch (rng.Next(4))
        {
            case 0:
                return [.. bytes.AsSpan(0, at), .. TextMutator.Pick(rng, BadSequences), .. bytes.AsSpan(at)];
            case 1:
                if (bytes.Length == 0) return bytes;
                var flipped = (byte[])bytes.Clone();
                flipped[rng.Next(flipped.Length)] ^= (byte)(1 << rng.Next(8));
                return flipped;
            case 2:
                return bytes.AsSpan(0, at).ToArray(); // cut, often inside a multi-byte character
            default:
                return [.. bytes.AsSpan(0, at), .. RandomBytes(rng, rng.Next(1, 64)), .. bytes.AsSpan(at)];
        }
    }
}
