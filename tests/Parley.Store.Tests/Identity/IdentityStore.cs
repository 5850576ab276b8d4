using Dapper;

namespace Parley.Store.Tests.Identity;

/// <summary>A temporary knowledge base with look-ups of what identity resolution decided.</summary>
internal sealed class IdentityStore : IDisposable
{
    private readonly TempDatabase database = new();

    public IdentityStore() => Store = database.Open();

    public SqliteKnowledgeStore Store { get; }

    public string FilePath => database.FilePath;

    /// <summary>Saves each article, which must be new or changed.</summary>
    public void Save(params TestArticle[] articles)
    {
        foreach (var article in articles) Store.Save(article.Build()).ShouldNotBe(SaveOutcome.Unchanged);
    }

    /// <summary>The person entity of <paramref name="name"/> (as written) in the article stored under <paramref name="sourceKey"/>.</summary>
    public long PersonOf(string sourceKey, string name)
    {
        using var raw = database.Raw();
        return raw.QuerySingle<long>(
            """
            SELECT r.entity_id FROM articles a JOIN article_people ap ON ap.article_id = a.id
            JOIN person_resolutions r ON r.article_person_id = ap.id
            WHERE a.source_key = @SourceKey AND ap.name = @Name
            """, new { SourceKey = sourceKey, Name = name });
    }

    /// <summary>The person entity of <paramref name="name"/> in article <paramref name="id"/> saved with the default source key.</summary>
    public long Person(string id, string name) => PersonOf($"in/{id}.txt", name);

    /// <summary>The organization entity the article <paramref name="id"/> resolved the written name <paramref name="org"/> to.</summary>
    public long Organization(string id, string org)
    {
        using var raw = database.Raw();
        return raw.QuerySingle<long>(
            """
            SELECT ao.entity_id FROM articles a JOIN article_organizations ao ON ao.article_id = a.id
            JOIN organizations o ON o.id = ao.organization_id
            WHERE a.source_key = @SourceKey AND o.key = @Key
            """, new { SourceKey = $"in/{id}.txt", Key = Parley.Text.NameKey.Of(org) });
    }

    /// <summary>Runs a scalar query on the raw file.</summary>
    public T Scalar<T>(string sql, object? parameters = null)
    {
        using var raw = database.Raw();
        return raw.ExecuteScalar<T>(sql, parameters)!;
    }

    /// <summary>Runs a query on the raw file.</summary>
    public List<T> Query<T>(string sql, object? parameters = null)
    {
        using var raw = database.Raw();
        return raw.Query<T>(sql, parameters).AsList();
    }

    public void Dispose()
    {
        Store.Dispose();
        database.Dispose();
    }
}
