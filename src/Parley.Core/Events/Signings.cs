using Parley.Extraction;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Signings and the documents signed: what follows "signed" or "inked" is an agreement of the event the
/// sentence reports, and a signing reported together with a meeting or conference is that event's
/// agreement rather than an event of its own.
/// </summary>
public static class Signings
{
    /// <summary>Adds the documents the sentence says were signed to <paramref name="target"/>'s agreements.</summary>
    public static void AddAgreements(ArticleAnalysis analysis, Sentence sentence, EventDraft target)
    {
        var tokens = analysis.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken - 1; i++)
        {
            if (!tokens[i].Is("signed") && !tokens[i].Is("inked")) continue;
            var start = i + 1;
            var end = start;
            while (end < sentence.EndToken && !(tokens[end].Kind == TokenKind.Punctuation && !tokens[end].Is('-') && !tokens[end].Is('"') && !tokens[end].Is('“') && !tokens[end].Is('”'))
                   && !tokens[end].Is("with") && !tokens[end].Is("between") && !tokens[end].Is("by"))
                end++;
            if (end - start < 2) continue;
            var text = analysis.Text[tokens[start].Span.Start..tokens[end - 1].Span.End];
            if (!target.Agreements.Contains(text)) target.Agreements.Add(text);
        }
    }

    /// <summary>
    /// Folds the signings into the first meeting or conference, unless the two are told apart: another day,
    /// or "before the signing ceremony, X held talks with Y".
    /// </summary>
    public static void Fold(ArticleAnalysis analysis, List<EventDraft> events)
    {
        var host = events.FirstOrDefault(e => e.Type is EventTypes.Meeting or EventTypes.Conference);
        if (host is null) return;
        if (host.ReportingSentences.Any(s => SaysBeforeOrAfterSigning(analysis.Tokens, analysis.Sentences[s]))) return;
        foreach (var signing in events.Where(e => e.Type == EventTypes.Signing).ToList())
        {
            if (signing.Date?.Start is { } a && host.Date?.Start is { } b && a != b) continue;
            host.Agreements.AddRange(signing.Agreements.Where(x => !host.Agreements.Contains(x)));
            foreach (var x in signing.Sentences) host.AddSentence(x);
            host.ReportingSentences.AddRange(signing.ReportingSentences.Where(x => !host.ReportingSentences.Contains(x)));
            host.Date ??= signing.Date;
            host.Location ??= signing.Location;
            host.Evidence.AddRange(signing.Evidence);
            events.Remove(signing);
        }
    }

    private static bool SaysBeforeOrAfterSigning(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k + 2 < sentence.EndToken; k++)
            if ((tokens[k].Is("before") || tokens[k].Is("after")) && tokens[k + 1].Is("the") && tokens[k + 2].Is("signing")) return true;
        return false;
    }
}
