using System.Text;
using Parley.Extraction;
using Parley.Store;
using Parley.Store.Ingestion;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// Prints an analysis for auditing: the cleaned text with recognized spans marked (colors on a terminal,
/// <c>[PERSON Guo Huaigang]</c> brackets otherwise), then each event with the sentences it came from.
/// </summary>
public static class ExplainView
{
    private static readonly Dictionary<string, (string Label, string Style)> Kinds = new(StringComparer.Ordinal)
    {
        [MentionKinds.Person] = ("PERSON", "bold yellow"),
        [MentionKinds.Title] = ("TITLE", "cyan"),
        [MentionKinds.Organization] = ("ORG", "green"),
        [MentionKinds.Place] = ("PLACE", "magenta"),
        [MentionKinds.Date] = ("DATE", "blue"),
        [MentionKinds.Trigger] = ("EVENT", "bold red"),
    };

    /// <summary>Writes the explanation of <paramref name="analysis"/> to <paramref name="console"/>.</summary>
    public static void Write(ArticleAnalysis analysis, CliConsole console)
    {
        var marked = MarkText(analysis.Text, Outermost(MentionCollector.Collect(analysis)), console.Interactive);
        Line(console, console.Interactive ? $"[bold]== {Markup.Escape(analysis.Source.Id)} ==[/]" : $"== {analysis.Source.Id} ==");
        if (console.Interactive)
        {
            console.Ansi.MarkupLine(string.Join("  ", Kinds.Values.Select(k => $"[{k.Style}]{k.Label}[/]")));
            console.Ansi.MarkupLine(marked);
        }
        else
        {
            console.Out.WriteLine(marked);
        }

        console.Out.WriteLine();
        console.Out.WriteLine(analysis.Events.Count == 0 ? "No events." : $"Events ({analysis.Events.Count}):");
        for (var i = 0; i < analysis.Events.Count; i++)
        {
            var e = analysis.Events[i];
            var start = e.Date?.Start?.ToString();
            var end = e.Date?.End?.ToString() ?? start;
            var date = start is null ? "no date" : start == end ? start : $"{start} to {end}";
            console.Out.WriteLine($"#{i + 1} {e.Type}{(e.IsVirtual ? " (virtual)" : "")}, {date}, {(e.Location is { } l ? "in " + l.Name : "no place")}");
            console.Out.WriteLine($"   participants:  {Join(e.Participants)}");
            console.Out.WriteLine($"   organizations: {Join(e.Organizations)}");
            if (e.Agreements.Count > 0) console.Out.WriteLine($"   agreements:    {Join(e.Agreements)}");
            console.Out.WriteLine($"   topics:        {Join(e.Topics)}");
            foreach (var s in e.Sentences.Distinct().Order())
            {
                if (s < 0 || s >= analysis.Sentences.Count) continue;
                console.Out.WriteLine($"   sentence {s}: {OneLine(analysis.Sentences[s].Span.Of(analysis.Text))}");
            }
        }
        console.Out.WriteLine();
    }

    /// <summary>Mentions that do not overlap an earlier (or, at the same start, longer) one: brackets cannot nest across each other.</summary>
    private static List<RecognizedMention> Outermost(IReadOnlyList<RecognizedMention> sorted)
    {
        var kept = new List<RecognizedMention>();
        var end = 0;
        foreach (var m in sorted)
        {
            if (m.Span.Start < end) continue;
            kept.Add(m);
            end = m.Span.End;
        }
        return kept;
    }

    private static string MarkText(string text, List<RecognizedMention> mentions, bool markup)
    {
        var sb = new StringBuilder(text.Length + mentions.Count * 16);
        var at = 0;
        string Plain(string s) => markup ? Markup.Escape(s) : s;
        foreach (var m in mentions)
        {
            sb.Append(Plain(text[at..m.Span.Start]));
            var (label, style) = Kinds.TryGetValue(m.Kind, out var k) ? k : (m.Kind.ToUpperInvariant(), "underline");
            var covered = text[m.Span.Start..m.Span.End];
            sb.Append(markup ? $"[{style}]{Markup.Escape(covered)}[/]" : $"[{label} {covered}]");
            at = m.Span.End;
        }
        sb.Append(Plain(text[at..]));
        return sb.ToString();
    }

    private static void Line(CliConsole console, string line)
    {
        if (console.Interactive) console.Ansi.MarkupLine(line);
        else console.Out.WriteLine(line);
    }

    private static string Join(IReadOnlyCollection<string> items) => items.Count == 0 ? "–" : string.Join("; ", items);

    private static string OneLine(string s) => string.Join(' ', s.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
