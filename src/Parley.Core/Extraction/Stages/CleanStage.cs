using Parley.Cleaning;
using Parley.Ingest;

namespace Parley.Extraction.Stages;

/// <summary>Removes site furniture and finds the headline and publication date.</summary>
public sealed class CleanStage : IExtractionStage
{
    public string Name => "clean";

    public void Run(ArticleAnalysis analysis)
    {
        analysis.Cleaned = TextCleaner.Clean(analysis.Source.Text);
        var text = analysis.Text;

        var title = TitleFinder.Find(text);
        analysis.Title = analysis.Source.Title ?? title?.Title;
        analysis.TitleSpan = title?.Span;

        if (analysis.Source.Published is not null)
        {
            analysis.Published = analysis.Source.Published;
        }
        // The page as scraped: furniture around the date line (a site clock above the breadcrumb) tells
        // the finder which date is the article's, so it reads the original, then locates the line in the cleaned text.
        else if (PublishedDateFinder.Find(analysis.Source.Text) is { } published)
        {
            analysis.Published = published.Date;
            if (PublishedDateFinder.Find(text) is { } inCleaned && inCleaned.Date == published.Date) analysis.PublishedSpan = inCleaned.Span;
        }
    }
}
