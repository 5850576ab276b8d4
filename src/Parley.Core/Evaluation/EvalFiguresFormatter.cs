using System.Globalization;
using Parley.Evaluation.Python;

namespace Parley.Evaluation;

/// <summary>Prints <see cref="EvalFigures"/> exactly as score.py's default text output.</summary>
public static class EvalFiguresFormatter
{
    /// <summary>
    /// score.py's lines: optional per-document rows (<c>--per-doc</c>), then one line per figure in its order,
    /// <c>score</c> last.
    /// </summary>
    public static IReadOnlyList<string> FormatLines(EvalFigures figures, bool perDocument = false)
    {
        var lines = new List<string>();
        if (perDocument)
            foreach (var d in figures.PerDocument)
                lines.Add($"{d.Id}\tpeople_f1={Fixed(d.PeopleF1, 2)}\tevents={d.PairedEvents}/{d.GoldEvents} (pred {d.PredictedEvents})\tmet_f1={Fixed(d.MetPairsF1, 2)}");
        lines.Add(Key("documents") + figures.Documents.ToString(CultureInfo.InvariantCulture));
        lines.Add(Ratio("published", figures.Published));
        lines.Add(Prf("people", figures.People));
        lines.Add(Prf("positions", figures.Positions));
        lines.Add(Prf("events", figures.Events));
        lines.Add(Ratio("event_type", figures.EventType));
        lines.Add(Ratio("event_date", figures.EventDate));
        lines.Add(Ratio("event_location", figures.EventLocation));
        lines.Add(Prf("participants", figures.Participants));
        lines.Add(Prf("met_pairs", figures.MetPairs));
        lines.Add(Prf("topics", figures.Topics));
        lines.Add(Ratio("score", figures.Score));
        return lines;
    }

    /// <summary>The lines joined with <c>\n</c>, each terminated as Python's print does.</summary>
    public static string Format(EvalFigures figures, bool perDocument = false) =>
        string.Concat(FormatLines(figures, perDocument).Select(l => l + "\n"));

    // f"{k:15}": strings are left-aligned and padded to 15.
    private static string Key(string k) => k.PadRight(15) + " ";

    private static string Ratio(string k, double v) => Key(k) + Fixed(v, 3);

    private static string Prf(string k, PrfFigures v) =>
        Key(k) + $"P={Fixed(v.Precision, 3)} R={Fixed(v.Recall, 3)} F1={Fixed(v.F1, 3)}";

    private static string Fixed(double v, int digits) => PythonFloatFormat.Fixed(v, digits);
}
