namespace Parley.Store.Ingestion;

/// <summary>The <see cref="RecognizedMention.Kind"/> values the ingest writes, one per recognizer output.</summary>
public static class MentionKinds
{
    /// <summary>A person's full name, or a short mention resolved to one.</summary>
    public const string Person = "person";

    /// <summary>Role words ("Vice Chairman").</summary>
    public const string Title = "title";

    /// <summary>An organization named next to a title.</summary>
    public const string Organization = "org";

    /// <summary>A place from the gazetteer.</summary>
    public const string Place = "place";

    /// <summary>A date expression.</summary>
    public const string Date = "date";

    /// <summary>A word that reports an engagement ("met", "visited", "signed").</summary>
    public const string Trigger = "trigger";
}
