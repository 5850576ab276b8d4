using System.Text;
using System.Text.Json;

namespace Parley.Cli.Tests.Robustness;

/// <summary>
/// A folder of invented news articles for the robustness tests, the same for the same seed: plain text
/// files in nested folders, HTML pages with site furniture, JSON-lines files, some articles again under
/// another name (exact duplicates) and some stories again on another site's page (near-duplicates).
/// Every sentence is built from invented parts; nothing comes from the shared corpus.
/// </summary>
internal sealed class GeneratedCorpus
{
    private static readonly string[] Surnames = ["Ma", "Hu", "Yao", "Cui", "Ding", "Shao", "Fu", "Xue", "Guan", "Tang", "Pan", "Qin", "Jiang", "Kong", "Bai", "Lu"];
    private static readonly string[] Syllables = ["qi", "yuan", "zheng", "shen", "lan", "bo", "yang", "wei", "ran", "lin", "feng", "hao", "ming", "jun", "tian", "hua", "xiang", "rong"];
    private static readonly string[] Cities = ["Hangzhou", "Suzhou", "Changsha", "Fuzhou", "Wuxi", "Xiamen", "Kunming", "Nanning", "Lisbon", "Nairobi", "Almaty", "Hanoi", "Lima", "Porto"];
    private static readonly string[] Councils = ["Maple", "Birch", "Cedar", "Willow", "Alder", "Rowan", "Aspen", "Hazel"];
    private static readonly string[] Titles = ["Chairman", "Vice Chairman", "President", "Secretary General", "Vice Mayor", "Director"];
    private static readonly string[] Topics = ["cross-border logistics", "green energy", "trade fairs", "cold-chain warehousing", "digital payments", "textile exports", "tea and coffee imports", "port services"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly Random _random;
    private readonly string _root;
    private readonly HashSet<string> _contents = [];

    private GeneratedCorpus(string root, int seed)
    {
        _root = root;
        _random = new Random(seed);
    }

    /// <summary>Articles a complete ingest stores: distinct contents (exact duplicates count once).</summary>
    public int DistinctArticles => _contents.Count;

    /// <summary>Stories written a second time on another site's page, which ingest links as near-duplicates.</summary>
    public int Republished { get; private set; }

    /// <summary>
    /// Writes <paramref name="stories"/> stories under <paramref name="root"/>: about two in three as text files,
    /// one in six as HTML pages, the rest as lines of JSON-lines files; one in thirty again under another
    /// name and one in thirty again on another site's page.
    /// </summary>
    public static GeneratedCorpus Write(string root, int stories, int seed)
    {
        var corpus = new GeneratedCorpus(root, seed);
        var jsonLines = new List<string>();
        for (var i = 0; i < stories; i++)
        {
            var story = corpus.NextStory(i);
            var folder = $"batch-{i % 7}/{i % 3}";
            var kind = i % 6;
            if (kind < 4) corpus.WriteFile($"{folder}/story-{i:D5}.txt", story.AsText());
            else if (kind == 4) corpus.WriteFile($"{folder}/page-{i:D5}.html", story.AsHtml(site: 0));
            else
            {
                jsonLines.Add(JsonSerializer.Serialize(new { id = $"line-{i:D5}", text = story.AsText() }));
                corpus._contents.Add(story.AsText());
            }

            if (i % 30 == 7) corpus.WriteFile($"mirror/copy-of-{i:D5}.txt", story.AsText());
            if (i % 30 == 19)
            {
                corpus.WriteFile($"elsewhere/{i:D5}.html", story.AsHtml(site: 1));
                corpus.Republished++;
            }
            if (jsonLines.Count == 50) corpus.FlushJsonLines(jsonLines, i);
        }
        if (jsonLines.Count > 0) corpus.FlushJsonLines(jsonLines, stories);
        return corpus;
    }

    private void FlushJsonLines(List<string> lines, int index)
    {
        var path = Path.Combine(_root, $"feeds/feed-{index:D5}.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        lines.Clear();
    }

    private void WriteFile(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        // An HTML page's content is its whole markup; text files and JSON lines hash their text.
        _contents.Add(content);
    }

    private string Name()
    {
        var given = Pick(Syllables) + Pick(Syllables);
        return $"{Pick(Surnames)} {char.ToUpperInvariant(given[0])}{given[1..]}";
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private Story NextStory(int index)
    {
        var month = _random.Next(12);
        var day = _random.Next(1, 28);
        var year = 2015 + _random.Next(10);
        var host = Name();
        var guest = Name();
        var council = Pick(Councils);
        var city = Pick(Cities);
        var visitorCity = Pick(Cities);
        var topic = Pick(Topics);
        var other = Pick(Topics);
        var firms = _random.Next(3, 60);
        var sentences = new List<string>
        {
            $"On {Months[month]} {day}, {host}, {Pick(Titles)} of the {council} Council for the Promotion of International Trade, met with {guest}, {Pick(Titles)} of {visitorCity}, in {city}.",
            $"The two sides discussed {topic} and {other}, and agreed to hold a joint fair for {firms} companies next year.",
            $"{guest} said that {visitorCity} welcomes investors from {city} and hopes to open a liaison office within {_random.Next(2, 12)} months.",
            $"{host} introduced the council's work on {other} and invited the delegation to the autumn exhibition.",
            $"Trade between the two cities reached {_random.Next(10, 900)} million dollars last year, up {_random.Next(2, 40)} percent.",
            $"Officials of the council's liaison department and {_random.Next(2, 9)} member companies attended the meeting.",
        };
        // Vary length and order so stories share no long runs of words beyond their common phrases.
        var kept = sentences.Take(1).Concat(sentences.Skip(1).OrderBy(_ => _random.Next()).Take(_random.Next(2, 6))).ToList();
        var title = $"{council} Council Meets Delegation from {visitorCity} ({index})";
        var stamp = $"{year}-{month + 1}-{day} {_random.Next(8, 18):D2}:{_random.Next(60):D2}:00";
        return new Story(title, stamp, kept);
    }

    /// <summary>One invented story and its two renderings.</summary>
    private sealed record Story(string Title, string Stamp, IReadOnlyList<string> Sentences)
    {
        public string AsText() => $"{Title}\n{Stamp}\n\n{string.Join("\n\n", Sentences)}\n";

        /// <summary>The story on one of two invented sites' page templates.</summary>
        public string AsHtml(int site)
        {
            var body = string.Concat(Sentences.Select(s => $"<p>{s}</p>"));
            return site == 0
                ? $"<html><head><title>{Title}</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/about\">About the council</a></nav>" +
                  $"<article><h1>{Title}</h1><p>{Stamp}</p>{body}</article><footer>Copyright {Stamp[..4]} Council News. All rights reserved.</footer></body></html>"
                : $"<html><head><title>Regional Daily - {Title}</title></head><body><div class=\"menu\"><a href=\"/\">Front page</a> | <a href=\"/region\">Region</a> | <a href=\"/trade\">Trade</a></div>" +
                  $"<div class=\"story\"><h2>{Title}</h2><p class=\"date\">Posted {Stamp}</p>{body}<p>Editor: Kit Moss</p></div>" +
                  "<div class=\"footer\">Regional Daily | Contact us | Site map | Reproduction without permission is prohibited.</div></body></html>";
        }
    }
}
