using Microsoft.Data.Sqlite;
using Parley.Model;
using Parley.Store;
using Parley.Store.Export;

namespace Parley.Cli.Tests;

/// <summary>A knowledge store whose save of the <paramref name="failingSave"/>-th article (1-based) throws <paramref name="error"/>; everything else goes to <paramref name="inner"/>.</summary>
internal sealed class FailingStore(IKnowledgeStore inner, int failingSave, SqliteException error) : IKnowledgeStore
{
    private int _saves;

    public SaveOutcome Save(ArticleToStore article) => ++_saves == failingSave ? throw error : inner.Save(article);

    public StoredArticleState? FindBySourceKey(string sourceKey) => inner.FindBySourceKey(sourceKey);

    public bool HoldsContent(string contentHash) => inner.HoldsContent(contentHash);

    public StoreCounts Counts() => inner.Counts();

    public IReadOnlyList<EventSummary> RecentEvents(int count) => inner.RecentEvents(count);

    public IReadOnlyList<SearchHit> Search(string words, int limit = 20) => inner.Search(words, limit);

    public IEnumerable<ArticleRecord> Records() => inner.Records();

    public IEnumerable<EventRow> EventRows() => inner.EventRows();

    public IEnumerable<ParticipantRow> ParticipantRows() => inner.ParticipantRows();

    public IEnumerable<PositionRow> PositionRows() => inner.PositionRows();

    public IEnumerable<PersonEntityRow> PersonRows() => inner.PersonRows();

    public IEnumerable<OrganizationEntityRow> OrganizationRows() => inner.OrganizationRows();

    public IEnumerable<PlaceEntityRow> PlaceRows() => inner.PlaceRows();
}
