namespace Parley.Store.Identity;

/// <summary>
/// The SQL for the date an article places one of its people at: the article's publication date (what it says
/// of a person, a title above all, holds as of then), else the first day of the earliest event the person
/// took part in. Built from the extracted rows alone, so the queries give the same dates for stores filled by
/// other writers; the event look-up runs only for articles without a date.
/// </summary>
internal static class MentionDate
{
    /// <summary>The expression, for an <c>article_people</c> id column and an <c>articles.published</c> column.</summary>
    public static string Of(string articlePersonId, string published) =>
        $"coalesce({published}, (SELECT min(ev.start) FROM event_participants ep JOIN events ev ON ev.id = ep.event_id WHERE ep.article_person_id = {articlePersonId}))";
}
