namespace Parley.Core.Tests.Extraction;

/// <summary>Every fact points at the words it came from: spans lie inside the text and re-read the cited words.</summary>
public class ProvenanceTests
{
    private const string Body =
        "On the afternoon of March 26, Zhao Minghui, Secretary of the Party Leadership Group and Chairman of CCPIT Hangzhou, " +
        "met with a delegation from Ningbo led by Qian Lei, Mayor of Ningbo. Zhao said the council will help Ningbo firms. " +
        "The two sides signed a cooperation agreement.";

    [Fact]
    public void PersonEvidence_RereadsTheName()
    {
        var analysis = Extract.Analyze(Body);
        var record = Parley.Extraction.RecordBuilder.Build(analysis);

        var zhao = record.People.Single(p => p.Name == "Zhao Minghui");
        zhao.Evidence.Count.ShouldBe(2); // the full name and the later "Zhao"
        zhao.Evidence[0].Of(analysis.Text).ShouldBe("Zhao Minghui");
        zhao.Evidence[1].Of(analysis.Text).ShouldBe("Zhao");
    }

    [Fact]
    public void EverySpanLiesInsideTheCleanedText()
    {
        var analysis = Extract.Analyze(Body);
        var record = Parley.Extraction.RecordBuilder.Build(analysis);
        var spans = record.People.SelectMany(p => p.Evidence.Concat(p.Positions.SelectMany(q => q.Evidence)))
            .Concat(record.Events.SelectMany(e => e.Evidence))
            .Concat(analysis.Places.Select(m => m.Span))
            .Concat(analysis.Dates.Select(d => d.Span))
            .Concat(analysis.Triggers.Select(t => t.Span))
            .ToList();

        spans.ShouldNotBeEmpty();
        spans.ShouldAllBe(s => s.Start >= 0 && s.End <= analysis.Text.Length && s.Start < s.End);
    }

    [Fact]
    public void PositionEvidence_CoversTitleAndOrganization()
    {
        var analysis = Extract.Analyze(Body);
        var record = Parley.Extraction.RecordBuilder.Build(analysis);

        var qian = record.People.Single(p => p.Name == "Qian Lei").Positions.Single();
        qian.Evidence.Single().Of(analysis.Text).ShouldBe("Mayor of Ningbo");
    }

    [Fact]
    public void CleanedSpansMapBackToTheOriginalText()
    {
        var analysis = Extract.Analyze(Body);
        var name = analysis.Names.First().Mention.Span;

        var original = analysis.Cleaned.ToOriginal(name);
        original.Of(analysis.Source.Text).ShouldBe("Zhao Minghui");
    }
}
