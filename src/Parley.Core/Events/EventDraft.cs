using Parley.Dates;
using Parley.Text;

namespace Parley.Events;

/// <summary>An engagement being framed: grows as the framer reads the sentences that report it.</summary>
public sealed class EventDraft(string type, int firstSentence)
{
    /// <summary>meeting, visit, conference or signing.</summary>
    public string Type { get; set; } = type;

    /// <summary>True when held by video or online.</summary>
    public bool IsVirtual { get; set; }

    /// <summary>The sentence where it was first reported.</summary>
    public int FirstSentence { get; } = firstSentence;

    private readonly List<int> sentences = [firstSentence];
    private readonly HashSet<int> sentenceSet = [firstSentence];

    /// <summary>The sentences that report it, in the order they were added (see <see cref="SortSentences"/>).</summary>
    public IReadOnlyList<int> Sentences => sentences;

    /// <summary>The sentences whose event words report it (not those that only tell more about it).</summary>
    public List<int> ReportingSentences { get; } = [firstSentence];

    /// <summary>People named in its sentences who met in another encounter the same sentence reports.</summary>
    public HashSet<string> Excluded { get; } = new(StringComparer.Ordinal);

    /// <summary>Everyone named in its sentences (full names), kept as sentences are added.</summary>
    public HashSet<string> Named { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a sentence once, with the people named in it; constant time, so framing stays linear.</summary>
    public void AddSentence(int sentence, IEnumerable<string>? names = null)
    {
        if (sentenceSet.Add(sentence)) sentences.Add(sentence);
        if (names is not null) Named.UnionWith(names);
    }

    /// <summary>Forgets every sentence (an event framed from the headline starts with none of its own).</summary>
    public void ClearSentences()
    {
        sentences.Clear();
        sentenceSet.Clear();
    }

    /// <summary>Puts the sentences in text order.</summary>
    public void SortSentences() => sentences.Sort();

    /// <summary>The date expression that dates it.</summary>
    public DateMention? Date { get; set; }

    /// <summary>Where it took place, as written, and the span.</summary>
    public (string Name, TextSpan Span)? Location { get; set; }

    /// <summary>Full names of participants, in order of first mention.</summary>
    public List<string> Participants { get; } = [];

    /// <summary>Organizations named in its sentences.</summary>
    public List<string> Organizations { get; } = [];

    /// <summary>Documents signed at it.</summary>
    public List<string> Agreements { get; } = [];

    /// <summary>Topic labels.</summary>
    public List<string> Topics { get; } = [];

    /// <summary>Spans of the words that reported it.</summary>
    public List<TextSpan> Evidence { get; } = [];

    /// <summary>The same engagement at another place: one stop of a trip reported in one sentence.</summary>
    public EventDraft AtAnotherStop((string Name, TextSpan Span) place)
    {
        var stop = new EventDraft(Type, FirstSentence) { IsVirtual = IsVirtual, Date = Date, Location = place };
        stop.ClearSentences();
        foreach (var s in sentences) stop.AddSentence(s);
        stop.Named.UnionWith(Named);
        stop.Participants.AddRange(Participants);
        stop.Organizations.AddRange(Organizations);
        stop.Evidence.AddRange(Evidence);
        return stop;
    }

    /// <summary>Adds a participant once.</summary>
    public void AddParticipant(string name)
    {
        // List.Contains compares strings ordinally, as the comparer this was written with, without boxing an enumerator.
        if (!Participants.Contains(name)) Participants.Add(name);
    }
}
