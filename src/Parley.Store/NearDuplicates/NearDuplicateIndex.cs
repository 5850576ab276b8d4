using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.NearDuplicates;

/// <summary>
/// Finds and records near-duplicates inside the caller's transaction: each stored article gets a
/// <see cref="MinHashSignature"/> of its cleaned text and the signature's band keys; a new article whose
/// text is at least <see cref="Threshold"/> similar to an earlier one that does not tell of other people is linked
/// to it in <c>near_duplicates</c>. Candidates come from an index look-up of the band keys, so the cost per
/// article does not grow with the number of stored articles.
/// </summary>
internal sealed class NearDuplicateIndex(SqliteConnection connection, SqliteTransaction transaction)
{
    /// <summary>
    /// Smallest estimated similarity for a link. Over the 92 articles of the shared corpus, no two distinct
    /// stories came above 0.06, while each article republished with other page furniture, other line breaks and
    /// one word in twenty replaced stayed at 0.62 or more (median 0.75); 0.4 sits in that gap with several standard
    /// errors of the estimate to spare on both sides. (The corpus also holds three pages twice, cut at different
    /// lengths: 0.88 and 0.78 are linked; 0.28, a copy of a quarter of its page, is not.)
    /// </summary>
    public const double Threshold = 0.4;

    /// <summary>
    /// Band keys stored per article, each over <see cref="RowsPerBand"/> signature values: a pair at the threshold
    /// shares a band with probability 1 − (1 − 0.4²)³² ≈ 0.996 (0.9999 at 0.5). Every key is a row written at a
    /// random place in an index, and a look-up, so the count is what ingestion pays per article: with 64 bands of
    /// three values (0.985 at the threshold) and more candidates, ingesting a generated corpus of 2,382 articles
    /// took about 55% more CPU than without detection, with these settings about 30%. Pairs of distinct articles
    /// share a band more often with two values (at 0.05, one in thirteen), which the bounded look-up and the
    /// signature comparison absorb.
    /// </summary>
    public const int Bands = 32;

    /// <summary>Signature values per band (see <see cref="Bands"/>).</summary>
    public const int RowsPerBand = 2;

    /// <summary>
    /// Candidates compared per article, those sharing the most band keys first: a copy shares about a sixth of its
    /// bands at the threshold and more above it, an unrelated story on the same site template one or two.
    /// </summary>
    private const int MaxCandidates = 8;

    /// <summary>Most recent articles read per band key (see <see cref="Candidates"/>).</summary>
    private const int MaxArticlesPerBand = 10;

    /// <summary>
    /// Stores the signature of the article <paramref name="articleKey"/> (already inserted) and links it to the
    /// earlier article it repeats, if any; returns true when it was linked.
    /// </summary>
    public bool Add(long articleKey, string cleanedText)
    {
        if (MinHashSignature.Of(cleanedText) is not { } signature) return false;
        Execute("INSERT INTO minhash_signatures (article_id, signature) VALUES (@ArticleKey, @Signature)",
            new { ArticleKey = articleKey, Signature = signature.ToBytes() });
        // One statement for all the keys (a JSON array) rather than one per key.
        Execute("INSERT OR IGNORE INTO minhash_bands (key, article_id) SELECT value, @ArticleKey FROM json_each(@Keys)",
            new { ArticleKey = articleKey, Keys = JsonSerializer.Serialize(signature.BandKeys(Bands, RowsPerBand)) });
        return Link(articleKey, signature);
    }

    /// <summary>The near-duplicates linked to <paramref name="articleKey"/>, oldest first; read them before deleting it.</summary>
    public IReadOnlyList<long> CopiesOf(long articleKey) =>
        connection.Query<long>("SELECT article_id FROM near_duplicates WHERE original_id = @ArticleKey ORDER BY article_id",
            new { ArticleKey = articleKey }, transaction).AsList();

    /// <summary>
    /// Links again the copies of a deleted original (their links went with it): the oldest becomes the new
    /// original, and each later one links to the best earlier article it repeats.
    /// </summary>
    public void Relink(IReadOnlyList<long> copies)
    {
        foreach (var copy in copies)
            if (StoredSignature(copy) is { } signature) Link(copy, signature);
    }

    /// <summary>
    /// Indexes up to <paramref name="limit"/> of the articles stored before this index existed (listed in
    /// <c>minhash_pending</c> by the migration), oldest first, so they take part in detection as if they had
    /// been ingested with it; returns how many it indexed (0 once none are left).
    /// </summary>
    public int IndexPending(int limit)
    {
        var pending = connection.Query<(long ArticleKey, string CleanedText)>(
            """
            SELECT a.id, a.cleaned_text FROM minhash_pending p JOIN articles a ON a.id = p.article_id
            ORDER BY p.article_id LIMIT @Limit
            """,
            new { Limit = limit }, transaction).AsList();
        foreach (var (articleKey, cleanedText) in pending)
        {
            Add(articleKey, cleanedText);
            Execute("DELETE FROM minhash_pending WHERE article_id = @ArticleKey", new { ArticleKey = articleKey });
        }
        return pending.Count;
    }

    /// <summary>Records the best earlier original of <paramref name="articleKey"/>, if any; true when one was found.</summary>
    private bool Link(long articleKey, MinHashSignature signature)
    {
        var candidates = Candidates(articleKey, signature);
        var similar = connection.Query<(long Key, byte[] Signature)>(
                // A JSON array keeps the statement the same for any number of candidates.
                "SELECT article_id, signature FROM minhash_signatures WHERE article_id IN (SELECT value FROM json_each(@Candidates))",
                new { Candidates = JsonSerializer.Serialize(candidates) }, transaction)
            .Select(c => (c.Key, Similarity: signature.Similarity(MinHashSignature.FromBytes(c.Signature))))
            .Where(c => c.Similarity >= Threshold)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Key);
        foreach (var (original, similarity) in similar)
        {
            if (NameOtherPeople(articleKey, original)) continue;
            Execute("INSERT INTO near_duplicates (article_id, original_id, similarity) VALUES (@ArticleKey, @Original, @Similarity)",
                new { ArticleKey = articleKey, Original = original, Similarity = similarity });
            return true;
        }
        return false;
    }

    /// <summary>
    /// The earlier articles that share the most band keys with <paramref name="signature"/>, at most
    /// <see cref="MaxCandidates"/>. Originals are earlier articles that are not copies themselves, so links never
    /// chain and a story's first stored copy stays its original.
    /// </summary>
    private long[] Candidates(long articleKey, MinHashSignature signature)
    {
        var sharedBands = new Dictionary<long, int>();
        // One look-up per band, each bounded: a band of pure site template is shared by every article of the
        // site, and reading all of them for every new article would make ingestion quadratic. A real copy also
        // shares the bands of the story's own wording, where few articles compete. One prepared command serves
        // all the bands: preparing it anew for each would cost more than the look-ups.
        using var lookup = connection.CreateCommand();
        lookup.Transaction = transaction;
        lookup.CommandText = """
            SELECT b.article_id FROM minhash_bands b
            WHERE b.key = $key AND b.article_id < $article
              AND NOT EXISTS (SELECT 1 FROM near_duplicates n WHERE n.article_id = b.article_id)
            ORDER BY b.article_id DESC
            LIMIT $limit
            """;
        var key = lookup.Parameters.Add("$key", SqliteType.Integer);
        lookup.Parameters.AddWithValue("$article", articleKey);
        lookup.Parameters.AddWithValue("$limit", MaxArticlesPerBand);
        foreach (var bandKey in signature.BandKeys(Bands, RowsPerBand).Distinct())
        {
            key.Value = bandKey;
            using var reader = lookup.ExecuteReader();
            while (reader.Read())
            {
                var other = reader.GetInt64(0);
                sharedBands[other] = sharedBands.GetValueOrDefault(other) + 1;
            }
        }
        return sharedBands.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(MaxCandidates).Select(c => c.Key).ToArray();
    }

    private MinHashSignature? StoredSignature(long articleKey) =>
        connection.ExecuteScalar<byte[]?>("SELECT signature FROM minhash_signatures WHERE article_id = @ArticleKey", new { ArticleKey = articleKey }, transaction)
            is { } bytes ? MinHashSignature.FromBytes(bytes) : null;

    /// <summary>True when the two articles tell of different people (see <see cref="PeopleDisagreement"/>).</summary>
    private bool NameOtherPeople(long articleKey, long otherKey) => PeopleDisagreement.Between(PeopleOf(articleKey), PeopleOf(otherKey));

    private List<string> PeopleOf(long articleKey) =>
        connection.Query<string>(
            "SELECT p.key FROM article_people ap JOIN people p ON p.id = ap.person_id WHERE ap.article_id = @ArticleKey",
            new { ArticleKey = articleKey }, transaction).AsList();

    private void Execute(string sql, object parameters) => connection.Execute(sql, parameters, transaction);
}
