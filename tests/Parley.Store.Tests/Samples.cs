using Parley.Model;
using Parley.Text;

namespace Parley.Store.Tests;

/// <summary>Small invented articles for store tests.</summary>
internal static class Samples
{
    public const string Text = "Ana Lima, Mayor of Riverton, met Chen Bo, Chairman of Harbor Trade Council, in Riverton on May 3.";

    public static ArticleRecord Record(string id = "a1") => new()
    {
        Id = id,
        Title = "Riverton mayor meets trade council",
        Published = "2024-05-04",
        Aliases = [["HTC", "Harbor Trade Council"]],
        People =
        [
            new PersonRecord
            {
                Name = "Ana Lima",
                Evidence = [new TextSpan(0, 8)],
                Positions = [new PositionRecord { Title = "Mayor", Org = "Riverton", Evidence = [new TextSpan(10, 18), new TextSpan(22, 30)] }],
            },
            new PersonRecord
            {
                Name = "Chen Bo",
                Evidence = [new TextSpan(36, 43)],
                Positions =
                [
                    new PositionRecord { Title = "Chairman", Org = "Harbor Trade Council" },
                    new PositionRecord { Title = "Advisor" },
                ],
            },
        ],
        Events =
        [
            new EventRecord
            {
                Type = EventTypes.Meeting,
                Start = "2024-05-03", End = "2024-05-03",
                Location = "Riverton",
                Participants = ["Ana Lima", "Chen Bo"],
                Organizations = ["Harbor Trade Council"],
                Agreements = ["a memorandum on port logistics"],
                Topics = ["trade", "infrastructure"],
                Evidence = [new TextSpan(0, Text.Length)],
            },
        ],
    };

    public static ArticleToStore Article(string sourceKey = "in/a1.txt", string text = Text, ArticleRecord? record = null) => new()
    {
        SourceKey = sourceKey,
        Origin = sourceKey,
        Id = record?.Id ?? "a1",
        Url = "https://news.example/a1",
        Site = "news.example",
        Title = (record ?? Record()).Title,
        Published = "2024-05-04",
        RawText = "<nav>Home</nav>\n" + text,
        CleanedText = text,
        ContentHash = ContentHash.Of(text),
        Record = record ?? Record(),
        Mentions = [new RecognizedMention("person", new TextSpan(0, 8), "Ana Lima"), new RecognizedMention("place", new TextSpan(19, 27), "Riverto")],
    };
}
