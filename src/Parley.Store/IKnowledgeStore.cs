using Parley.Model;
using Parley.Store.Export;

namespace Parley.Store;

/// <summary>
/// Where extracted articles are kept. Deliberately narrow: the ingest pipeline, the CLI and the
/// exporters only use these operations, so another database can implement it without touching them.
/// Implementations are not thread-safe; use one instance per thread (several processes may share one database).
/// </summary>
public interface IKnowledgeStore
{
    /// <summary>The stored state of the article saved under <paramref name="sourceKey"/>, or null when none is.</summary>
    StoredArticleState? FindBySourceKey(string sourceKey);

    /// <summary>True when an article with this content hash is stored (under any key).</summary>
    bool HoldsContent(string contentHash);

    /// <summary>
    /// Stores one article with its record, all or nothing: unchanged when the key holds the same content,
    /// replaced when it holds other content, refused as a duplicate when the content is stored under another key,
    /// and stored but linked as a near-duplicate when it repeats an earlier article's story.
    /// </summary>
    SaveOutcome Save(ArticleToStore article);

    /// <summary>How many articles and entities are stored.</summary>
    StoreCounts Counts();

    /// <summary>The <paramref name="count"/> newest events by start date (undated events last), near-duplicates' events left out.</summary>
    IReadOnlyList<EventSummary> RecentEvents(int count);

    /// <summary>Articles whose title or cleaned text contain all the given words, best match first.</summary>
    IReadOnlyList<SearchHit> Search(string words, int limit = 20);

    /// <summary>Every stored record, in storage order, read lazily (for JSON lines export); near-duplicates included, one record per article.</summary>
    IEnumerable<ArticleRecord> Records();

    /// <summary>Every stored event as one flat row, read lazily (for CSV export); near-duplicates' events are left out, their originals' stand for them.</summary>
    IEnumerable<EventRow> EventRows();

    /// <summary>Every event participant as one flat row, read lazily (for CSV export); near-duplicates' events left out.</summary>
    IEnumerable<ParticipantRow> ParticipantRows();

    /// <summary>Every position held by a person as one flat row, read lazily (for CSV export); near-duplicates' positions left out.</summary>
    IEnumerable<PositionRow> PositionRows();

    /// <summary>Every person entity with the spellings it goes by, read lazily (for CSV export).</summary>
    IEnumerable<PersonEntityRow> PersonRows();

    /// <summary>Every organization entity with its names and place, read lazily (for CSV export).</summary>
    IEnumerable<OrganizationEntityRow> OrganizationRows();

    /// <summary>Every place entity with its hierarchy, read lazily (for CSV export).</summary>
    IEnumerable<PlaceEntityRow> PlaceRows();
}
