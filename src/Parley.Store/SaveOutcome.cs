namespace Parley.Store;

/// <summary>What <see cref="IKnowledgeStore.Save"/> did.</summary>
public enum SaveOutcome
{
    /// <summary>A new source key: the article and its rows were added.</summary>
    Inserted,

    /// <summary>The source key held other content: its old rows were removed and the new ones added.</summary>
    Replaced,

    /// <summary>The source key already held this content: nothing was written.</summary>
    Unchanged,

    /// <summary>
    /// The content is already stored under another source key: nothing new was stored. If this key
    /// held older content, that stale article was removed, since the input no longer contains it.
    /// </summary>
    Duplicate,

    /// <summary>
    /// Stored (new or replacing), and linked as a near-duplicate of an earlier article: the same story with
    /// other page furniture or small edits. Its events are not counted again.
    /// </summary>
    NearDuplicate,
}
