using Parley.Cli.Commands;

namespace Parley.Cli.Tests.Robustness;

/// <summary>
/// <c>parley ingest</c> as a child process, killed outright (as by a crash or power cut) or stopped by a
/// signal (Ctrl-C, SIGTERM): the knowledge base stays intact and a restart finishes the work exactly as an
/// uninterrupted run would have done it.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class CrashRestartTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Killed_at_random_points_and_restarted_the_ingest_ends_exactly_as_an_uninterrupted_run()
    {
        const int crashes = 4;
        var corpus = GeneratedCorpus.Write(_temp["in"], stories: 300, seed: 11);
        using (var uninterrupted = ParleyProcess.Start("ingest", _temp["in"], "--db", _temp["uninterrupted.db"]))
            uninterrupted.WaitForExit().ExitCode.ShouldBe(0);
        var expected = DatabaseSnapshot.Of(_temp["uninterrupted.db"]);
        expected.Articles.Count.ShouldBe(corpus.DistinctArticles);
        expected.Links.Count.ShouldBe(corpus.Republished);

        var random = new Random(2024);
        long stored = 0;
        for (var crash = 0; crash < crashes; crash++)
        {
            // Every run gets further than the one before and dies at a random point of what is left.
            var target = stored + 1 + random.Next((int)(corpus.DistinctArticles - stored) / (crashes - crash + 1));
            using var run = ParleyProcess.Start("ingest", _temp["in"], "--db", _temp["restarted.db"]);
            StoreProbe.WaitForArticles(_temp["restarted.db"], target, run);
            // A few more milliseconds, so the kill lands anywhere in an article: reading, extracting or committing.
            Thread.Sleep(random.Next(30));
            run.IsRunning.ShouldBeTrue("the run must still be busy when it is killed");
            run.Kill();
            run.WaitForExit();

            var afterCrash = DatabaseSnapshot.Of(_temp["restarted.db"]);
            afterCrash.Articles.Count.ShouldBeGreaterThanOrEqualTo((int)target);
            stored = afterCrash.Articles.Count;
        }
        stored.ShouldBeLessThan(corpus.DistinctArticles);

        using var restarted = ParleyProcess.Start("ingest", _temp["in"], "--db", _temp["restarted.db"]);
        var restart = restarted.WaitForExit();

        restart.ExitCode.ShouldBe(0, restart.Out + restart.Error);
        SummaryCount.Of(restart.Out, "unchanged").ShouldBe((int)stored);
        DatabaseSnapshot.Of(_temp["restarted.db"]).ShouldMatch(expected);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_stop_signal_ends_the_run_cleanly_with_a_summary_of_what_was_stored(string signal)
    {
        // Enough stories that the run is still busy when the signal lands, on a loaded machine too: between the
        // probe seeing ten articles and the signal arriving, a fast run stored all of 150 once.
        var corpus = GeneratedCorpus.Write(_temp["in"], stories: 600, seed: 3);
        using var run = ParleyProcess.Start("ingest", _temp["in"], "--db", _temp["kb.db"]);
        StoreProbe.WaitForArticles(_temp["kb.db"], 10, run);

        run.Signal(signal);
        var stopped = run.WaitForExit();

        stopped.ExitCode.ShouldBe(IngestCommand.CancelledExitCode, stopped.Out + stopped.Error);
        stopped.Out.ShouldContain("Cancelled: stopped after the current article");
        var stored = DatabaseSnapshot.Of(_temp["kb.db"]).Articles.Count;
        stored.ShouldBeLessThan(corpus.DistinctArticles);
        stopped.Out.ShouldContain($"Knowledge base: {stored} articles");
        (SummaryCount.Of(stopped.Out, "inserted") + SummaryCount.Of(stopped.Out, "near-duplicates")).ShouldBe(stored);

        // Running again picks up where the stopped run ended.
        using var again = ParleyProcess.Start("ingest", _temp["in"], "--db", _temp["kb.db"]);
        var rest = again.WaitForExit();
        rest.ExitCode.ShouldBe(0, rest.Out + rest.Error);
        SummaryCount.Of(rest.Out, "unchanged").ShouldBe(stored);
        DatabaseSnapshot.Of(_temp["kb.db"]).Articles.Count.ShouldBe(corpus.DistinctArticles);
    }
}
