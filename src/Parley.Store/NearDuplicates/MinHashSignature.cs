using System.Buffers.Binary;

namespace Parley.Store.NearDuplicates;

/// <summary>
/// A MinHash sketch of a text's <see cref="WordShingles"/>: for each of <see cref="Size"/> fixed hash
/// functions, the smallest value over all shingles. The share of positions where two signatures agree
/// estimates the Jaccard similarity of the two shingle sets (standard error √(s(1−s)/192), at most 0.036).
/// The hash functions are fixed constants because signatures are stored: changing them, or the shingle
/// length, needs a migration that recomputes every stored signature.
/// </summary>
public sealed class MinHashSignature
{
    /// <summary>Hash functions, and so values, per signature.</summary>
    public const int Size = 192;

    /// <summary>Bytes of <see cref="ToBytes"/>.</summary>
    public const int ByteLength = Size * sizeof(uint);

    // (a, b) of h(x) = high 32 bits of a·x + b, a odd: multiply-shift hashing, one per signature position.
    private static readonly (ulong A, ulong B)[] Functions = CreateFunctions();

    private readonly uint[] values;

    private MinHashSignature(uint[] values) => this.values = values;

    /// <summary>The signature of <paramref name="text"/>; null when it has no words to compare.</summary>
    public static MinHashSignature? Of(string text)
    {
        var shingles = WordShingles.Of(text);
        if (shingles.Count == 0) return null;
        var values = new uint[Size];
        Array.Fill(values, uint.MaxValue);
        foreach (var shingle in shingles)
            for (var i = 0; i < Size; i++)
            {
                var value = (uint)((Functions[i].A * shingle + Functions[i].B) >> 32);
                if (value < values[i]) values[i] = value;
            }
        return new MinHashSignature(values);
    }

    /// <summary>Reads a signature written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="ArgumentException">The bytes are not a signature.</exception>
    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteLength) throw new ArgumentException($"A signature is {ByteLength} bytes, not {bytes.Length}.", nameof(bytes));
        var values = new uint[Size];
        for (var i = 0; i < Size; i++) values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
        return new MinHashSignature(values);
    }

    /// <summary>The signature as little-endian bytes, for storage.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[ByteLength];
        for (var i = 0; i < Size; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), values[i]);
        return bytes;
    }

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets, 0..1.</summary>
    public double Similarity(MinHashSignature other)
    {
        var same = 0;
        for (var i = 0; i < Size; i++)
            if (values[i] == other.values[i]) same++;
        return (double)same / Size;
    }

    /// <summary>
    /// Locality-sensitive hashing keys: the first <paramref name="bands"/> × <paramref name="rows"/> values cut
    /// into <paramref name="bands"/> bands of <paramref name="rows"/>, each hashed to one number. Two texts with
    /// Jaccard similarity s share at least one band key with probability 1 − (1 − s^rows)^bands: near-certain for
    /// similar texts, rare for others. Fewer values than the signature's can serve: every position is an
    /// independent sample, and the similarity is still estimated from all of them.
    /// </summary>
    public long[] BandKeys(int bands, int rows)
    {
        if (bands <= 0 || rows <= 0 || bands * rows > Size) throw new ArgumentOutOfRangeException(nameof(bands), $"bands × rows must be at most {Size}");
        var keys = new long[bands];
        for (var band = 0; band < bands; band++)
        {
            var hash = (ulong)band;
            for (var i = band * rows; i < (band + 1) * rows; i++) hash = WordShingles.Mix(hash ^ values[i]) + (ulong)i;
            keys[band] = (long)hash;
        }
        return keys;
    }

    private static (ulong, ulong)[] CreateFunctions()
    {
        // SplitMix64 from a fixed seed: the same functions in every build, so stored signatures stay comparable.
        var state = 0x5041524C45590001UL;
        ulong Next() => WordShingles.Mix(state += 0x9E3779B97F4A7C15UL);
        var functions = new (ulong, ulong)[Size];
        for (var i = 0; i < Size; i++) functions[i] = (Next() | 1, Next());
        return functions;
    }
}
