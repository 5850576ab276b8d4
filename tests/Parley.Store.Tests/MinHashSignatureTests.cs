using Parley.Store.NearDuplicates;

namespace Parley.Store.Tests;

public class MinHashSignatureTests
{
    private const string Story =
        "Ana Lima, Mayor of Riverton, met Chen Bo, Chairman of the Harbor Trade Council, in Riverton on May 3. " +
        "The two discussed a new ferry line, cold-chain warehouses at the east pier and a joint fair for local producers. " +
        "Chen Bo said the council would send a delegation of twenty companies in the autumn.";

    [Fact]
    public void Spacing_case_and_punctuation_do_not_change_the_signature()
    {
        var reformatted = Story.ToUpperInvariant().Replace(" ", "  \n", StringComparison.Ordinal).Replace(",", " ;", StringComparison.Ordinal);

        MinHashSignature.Of(reformatted)!.Similarity(MinHashSignature.Of(Story)!).ShouldBe(1.0);
    }

    [Fact]
    public void The_estimate_follows_the_share_of_shingles_two_texts_have_in_common()
    {
        // Replacing every tenth word changes about a quarter of the 3-word shingles.
        var words = Story.Split(' ');
        for (var i = 5; i < words.Length; i += 10) words[i] = "zzz" + i;
        var edited = string.Join(' ', words);
        var exact = Jaccard(Shingles(Story), Shingles(edited));

        var estimate = MinHashSignature.Of(Story)!.Similarity(MinHashSignature.Of(edited)!);

        exact.ShouldBeInRange(0.4, 0.8);
        // Four standard errors of a 192-value estimate.
        estimate.ShouldBeInRange(exact - 0.15, exact + 0.15);
    }

    [Fact]
    public void Unrelated_texts_are_far_apart()
    {
        const string other = "Zoe Park opened the spring flower show in Lakeside, where growers from nine counties showed tulips, lilies and rare orchids to visitors.";

        MinHashSignature.Of(Story)!.Similarity(MinHashSignature.Of(other)!).ShouldBeLessThan(0.1);
    }

    [Fact]
    public void A_text_without_words_has_no_signature_and_a_short_one_has_one_shingle()
    {
        MinHashSignature.Of(" -- ! ").ShouldBeNull();
        WordShingles.Of("Riverton today").Count.ShouldBe(1);
        WordShingles.Of("one two three four").Count.ShouldBe(2);
    }

    [Fact]
    public void Bytes_and_band_keys_round_trip()
    {
        var signature = MinHashSignature.Of(Story)!;

        var read = MinHashSignature.FromBytes(signature.ToBytes());

        read.Similarity(signature).ShouldBe(1.0);
        read.BandKeys(32, 2).ShouldBe(signature.BandKeys(32, 2));
        signature.BandKeys(32, 2).Distinct().Count().ShouldBe(32);
        Should.Throw<ArgumentOutOfRangeException>(() => signature.BandKeys(100, 2));
        Should.Throw<ArgumentException>(() => MinHashSignature.FromBytes(new byte[7]));
    }

    private static HashSet<ulong> Shingles(string text) => [.. WordShingles.Of(text)];

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b) => (double)a.Count(b.Contains) / a.Union(b).Count();
}
