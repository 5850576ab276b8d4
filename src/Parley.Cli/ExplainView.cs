using Parley.Extraction;

namespace Parley.Cli;

/// <summary>Prints an analysis for auditing: the cleaned text with spans marked, then each event and its sentences.</summary>
public static class ExplainView
{
    public static void Write(ArticleAnalysis analysis) => Console.WriteLine(analysis.Text);
}
