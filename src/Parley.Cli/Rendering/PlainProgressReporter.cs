using System.Globalization;
using Parley.Store.Ingestion;

namespace Parley.Cli.Rendering;

/// <summary>
/// Progress for redirected output: one line each time another tenth of the input bytes is done, so a log
/// shows the run advancing without a line per article.
/// </summary>
public sealed class PlainProgressReporter(TextWriter output)
{
    private int _lastTenth;

    /// <summary>Writes a line when <paramref name="progress"/> crosses into a new tenth.</summary>
    public void Report(IngestProgress progress)
    {
        var tenth = (int)Math.Floor(progress.Fraction * 10);
        if (tenth <= _lastTenth) return;
        _lastTenth = tenth;
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "ingest: {0,3}%  {1}/{2} files, {3}/{4}, {5} articles",
            tenth * 10, progress.FilesDone, progress.FilesTotal, Size(progress.BytesDone), Size(progress.BytesTotal), progress.ArticlesRead));
    }

    private static string Size(long bytes) => bytes < 1_000_000
        ? string.Format(CultureInfo.InvariantCulture, "{0:F1} KB", bytes / 1e3)
        : string.Format(CultureInfo.InvariantCulture, "{0:F1} MB", bytes / 1e6);
}
