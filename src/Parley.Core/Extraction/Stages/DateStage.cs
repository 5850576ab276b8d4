using Parley.Dates;

namespace Parley.Extraction.Stages;

/// <summary>Finds date expressions and resolves them against the publication date (the injected clock).</summary>
public sealed class DateStage : IExtractionStage
{
    public string Name => "dates";

    public void Run(ArticleAnalysis analysis)
    {
        // Gold annotation gives a year-less date the year of an earlier dated mention when the page has no date.
        var all = DateTagger.Find(analysis.Text, analysis.PublishedDate, new DateTaggerOptions { InheritYearFromText = true });
        // The date line itself dates the page, not an event.
        analysis.Dates = analysis.PublishedSpan is { } p ? all.Where(d => !d.Span.Overlaps(p)).ToList() : all;
    }
}
