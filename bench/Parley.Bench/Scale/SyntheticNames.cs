using Parley.Lexicons;

namespace Parley.Bench.Scale;

/// <summary>
/// Invented names and phrases for the synthetic store: Chinese names from the surname and pinyin lexicons,
/// foreign names from the given-name lexicon with made-up family names, organization names from generic
/// institutional patterns, and topic phrases. Nothing is taken from any article.
/// </summary>
internal sealed class SyntheticNames(Random random)
{
    private static readonly string[] Surnames = Lexicon("chinese_surnames.tsv", row => row[3] == "single").Take(300).ToArray();
    private static readonly string[] Syllables = Lexicon("pinyin_syllables.tsv", row => row[0].Length >= 2 && row[0] == row[1]).ToArray();
    private static readonly string[] GivenNames = Lexicon("given_names.tsv", row => row[0].Length >= 3).ToArray();
    private static readonly string[] LatinSyllables = ["ka", "lo", "ver", "min", "tor", "sa", "del", "ra", "ni", "bel", "cor", "tex", "lan", "vi", "mar", "sen", "dor", "li", "quen", "ha"];
    private static readonly string[] Industries = ["Technology", "New Energy", "Logistics", "Pharmaceutical", "Agricultural", "Machinery", "Textile", "Electronics", "Port", "Tourism", "Investment", "Food", "Steel", "Chemical", "Automotive"];

    private static readonly Dictionary<string, string[]> TopicPhrases = new()
    {
        ["trade"] = ["trade promotion", "cross-border e-commerce", "import and export"],
        ["investment"] = ["investment attraction", "project cooperation"],
        ["industry"] = ["industrial parks", "supply chains", "advanced manufacturing"],
        ["technology"] = ["digital economy", "artificial intelligence", "scientific innovation"],
        ["energy"] = ["new energy", "power grids", "hydrogen"],
        ["infrastructure"] = ["cold chain logistics", "port construction", "rail freight"],
        ["agriculture"] = ["modern agriculture", "rural revitalization", "food processing"],
        ["finance"] = ["green finance", "cross-border payments"],
        ["regional_development"] = ["coordinated regional development", "counterpart cooperation"],
        ["culture_tourism"] = ["cultural tourism", "people-to-people exchanges"],
        ["education_health"] = ["vocational training", "health care"],
        ["environment"] = ["low-carbon development", "ecological protection"],
        ["exhibitions"] = ["trade fairs", "the import expo"],
        ["politics"] = ["party building", "legal services"],
    };

    // Surnames drawn Zipf-like in lexicon order: a few very common ones, a long tail, so names repeat as in life.
    private readonly WeightedSampler surname = WeightedSampler.Zipf(Surnames.Length, 1.0);

    /// <summary>
    /// A Chinese name, family name first ("Zhao Minghui"), and another way an article may write it: the given
    /// name hyphenated at its syllables ("Zhao Ming-hui"), a different name key for the same person.
    /// </summary>
    public (string Name, string Variant) ChinesePerson()
    {
        var family = Surnames[surname.Next(random)];
        var first = Pick(Syllables);
        if (random.Next(4) == 0) return ($"{family} {Capitalize(first)}", $"{family.ToUpperInvariant()} {Capitalize(first)}");
        var second = Pick(Syllables);
        return ($"{family} {Capitalize(first)}{second}", $"{family} {Capitalize(first)}-{second}");
    }

    /// <summary>A foreign name: a given name from the lexicon and an invented family name; its variant is the family name in capitals.</summary>
    public (string Name, string Variant) ForeignPerson()
    {
        var given = Pick(GivenNames);
        var family = Capitalize(Pick(LatinSyllables) + Pick(LatinSyllables));
        return ($"{given} {family}", $"{given} {family.ToUpperInvariant()}");
    }

    /// <summary>A Chinese organization named after <paramref name="place"/> (in <paramref name="province"/>), with a short alias when it has one.</summary>
    public (string Name, string? Alias, string Kind) ChineseOrganization(string place, string province)
    {
        var brand = Capitalize(Pick(Syllables) + Pick(Syllables));
        var industry = Pick(Industries);
        return random.Next(8) switch
        {
            0 => ($"{place} Municipal People's Government", $"{place} Government", "government"),
            1 => ($"{province} Provincial Department of Commerce", null, "department"),
            2 => ($"{place} Council for the Promotion of International Trade", $"{place} CCPIT", "council"),
            3 => ($"{place} Federation of Industry and Commerce", null, "council"),
            4 => ($"{place} Bureau of Commerce", null, "department"),
            5 => ($"{place} {industry} Industrial Park Management Committee", null, "department"),
            6 => ($"{province} {industry} Association", null, "council"),
            _ => ($"{place} {brand} {industry} Co., Ltd.", $"{brand} {industry}", "company"),
        };
    }

    /// <summary>A foreign organization of <paramref name="country"/> or its city <paramref name="city"/>.</summary>
    public (string Name, string? Alias, string Kind) ForeignOrganization(string country, string city)
    {
        var brand = Capitalize(Pick(LatinSyllables) + Pick(LatinSyllables) + Pick(LatinSyllables));
        return random.Next(5) switch
        {
            0 => ($"{country} Chamber of Commerce and Industry", null, "council"),
            1 => ($"{city} Business Council", null, "council"),
            2 => ($"Embassy of {country} in China", null, "embassy"),
            3 => ($"{country}-China Friendship Association", null, "council"),
            _ => ($"{brand} {Pick(Industries)} Group", null, "company"),
        };
    }

    /// <summary>A title fitting an organization of <paramref name="kind"/>.</summary>
    public string Title(string kind) => kind switch
    {
        "government" => Pick(["Mayor", "Vice Mayor", "Deputy Secretary-General", "Director of the Foreign Affairs Office"]),
        "department" => Pick(["Director", "Deputy Director", "Division Chief"]),
        "council" => Pick(["Chairman", "Vice Chairman", "Secretary-General", "President"]),
        "embassy" => Pick(["Ambassador", "Minister Counsellor", "Commercial Counsellor"]),
        _ => Pick(["Chairman", "General Manager", "Chief Executive Officer", "Vice President"]),
    };

    /// <summary>A phrase naming what was discussed under <paramref name="topic"/>.</summary>
    public string Phrase(string topic) => Pick(TopicPhrases[topic]);

    private string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static IEnumerable<string> Lexicon(string file, Func<string[], bool> keep)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Parley.Data." + file)
            ?? throw new InvalidOperationException($"lexicon {file} is not embedded in Parley.Core");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var row = line.Split('\t');
            if (keep(row)) rows.Add(row[0]);
        }
        return rows;
    }
}
