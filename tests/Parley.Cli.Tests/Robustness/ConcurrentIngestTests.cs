namespace Parley.Cli.Tests.Robustness;

/// <summary>Two <c>parley ingest</c> processes writing one knowledge base at the same time.</summary>
[Collection(ChildProcessCollection.Name)]
public sealed class ConcurrentIngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Two_ingests_of_overlapping_inputs_into_one_new_database_both_succeed_and_store_each_article_once()
    {
        var shared = GeneratedCorpus.Write(_temp["shared"], stories: 150, seed: 21);
        var first = GeneratedCorpus.Write(_temp["first"], stories: 60, seed: 22);
        var second = GeneratedCorpus.Write(_temp["second"], stories: 60, seed: 23);
        using (var alone = ParleyProcess.Start("ingest", _temp["shared"], _temp["first"], _temp["second"], "--db", _temp["alone.db"]))
            alone.WaitForExit().ExitCode.ShouldBe(0);
        var expected = DatabaseSnapshot.Of(_temp["alone.db"]);
        expected.Articles.Count.ShouldBe(shared.DistinctArticles + first.DistinctArticles + second.DistinctArticles);

        // Both start at once on a file that does not exist yet, so they also race to create and migrate it,
        // and both begin with the shared folder, so they race to store the same articles.
        using var one = ParleyProcess.Start("ingest", _temp["shared"], _temp["first"], "--db", _temp["together.db"]);
        using var other = ParleyProcess.Start("ingest", _temp["shared"], _temp["second"], "--db", _temp["together.db"]);
        var runs = new[] { one.WaitForExit(), other.WaitForExit() };

        foreach (var run in runs)
        {
            run.ExitCode.ShouldBe(0, run.Out + run.Error);
            SummaryCount.Of(run.Out, "failed").ShouldBe(0);
        }
        var together = DatabaseSnapshot.Of(_temp["together.db"]);
        together.ContentHashes.ShouldBe(expected.ContentHashes);
        together.Links.Count.ShouldBe(expected.Links.Count);
        together.TableRows.ShouldBe(expected.TableRows);
        // What one run stored, the other found stored: each article was written by exactly one of them.
        runs.Sum(run => SummaryCount.Of(run.Out, "inserted") + SummaryCount.Of(run.Out, "near-duplicates")).ShouldBe(together.Articles.Count);
    }
}
