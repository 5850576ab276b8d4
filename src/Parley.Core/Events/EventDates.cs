using Parley.Dates;
using Parley.Extraction;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// When each engagement took place: the date written with its event word, else a date of its other
/// sentences, else the range of the trip it was part of, else the main engagement's date. An earlier
/// engagement recalled without a date ("X's recent tour", "last year, Y visited") stays undated.
/// </summary>
public static class EventDates
{
    // Words before an event word that recall an earlier engagement: "recent tour", "previous visit".
    private static readonly HashSet<string> RecallWords = new(StringComparer.OrdinalIgnoreCase) { "recent", "previous", "earlier", "last", "former", "past" };

    // Relative words that open a clause about something else: "the session that opened on Jan 14".
    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase) { "that", "which" };

    // A relative word this close to the event word describes the event itself: "the forum, which opened on …".
    private const int OwnClauseDistance = 2;

    /// <summary>
    /// The date that dates an event word at <paramref name="triggerToken"/> in its sentence: the first
    /// date that is not the dateline's nor vague, leaving out dates in a clause about another noun after it
    /// ("a panel meeting amid the session that opened on Jan 14").
    /// </summary>
    public static DateMention? Of(ArticleAnalysis analysis, Sentence sentence, int triggerToken)
    {
        var tokens = analysis.Tokens;
        var relative = -1;
        for (var k = triggerToken + OwnClauseDistance + 1; k < sentence.EndToken && relative < 0; k++)
            if (RelativeWords.Contains(tokens[k].Value)) relative = k;
        var limit = relative < 0 ? int.MaxValue : tokens[relative].Span.Start;
        var dates = analysis.DatesIn(sentence).Where(d => d.Kind != DateMentionKind.Vague && d.Span.Start < limit).ToList();
        return dates.FirstOrDefault(d => !d.IsDateline) ?? dates.FirstOrDefault();
    }

    /// <summary>The date of a sentence that tells more about an event: its first date that is not vague.</summary>
    public static DateMention? Of(ArticleAnalysis analysis, Sentence sentence) => Of(analysis, sentence, sentence.EndToken);

    /// <summary>Fills in <see cref="EventDraft.Date"/> of the events that have none from their own event word.</summary>
    public static void Settle(ArticleAnalysis analysis)
    {
        var events = analysis.Events;
        var undated = events.Where(e => e.Date is null && !IsRecalled(analysis, e)).ToList();
        foreach (var e in undated)
            e.Date = e.Sentences.Select(s => Of(analysis, analysis.Sentences[s])).FirstOrDefault(d => d is not null && d.IsResolved
                && !(analysis.PublishedDate is { } p && DateTagger.IsFutureRelative(d, p)));
        // A stop with no day of its own takes the whole trip's range; other events the main one's date.
        var mainDate = events[0].Date;
        foreach (var e in undated.Where(e => e.Date is null && e != events[0]))
        {
            var trip = events.FirstOrDefault(v => v != e && v.Type == Model.EventTypes.Visit && v.Date is { IsRange: true }
                && e.Participants.Any(v.Participants.Contains));
            e.Date = trip?.Date ?? mainDate;
        }
    }

    // "X's recent tour of …", "Last year, Y visited …": an earlier engagement recalled without its date.
    private static bool IsRecalled(ArticleAnalysis analysis, EventDraft e)
    {
        var sentence = analysis.Sentences[e.FirstSentence];
        if (analysis.DatesIn(sentence).Any(d => d.Kind == DateMentionKind.Vague)) return true;
        if (e.Evidence.Count == 0) return false;
        var trigger = analysis.TokenAt(e.Evidence[0].Start);
        for (var k = trigger - 1; k >= Math.Max(sentence.FirstToken, trigger - 2); k--)
            if (RecallWords.Contains(analysis.Tokens[k].Value)) return true;
        return false;
    }
}
