using Parley.Model;

namespace Parley.Store.Tests.Identity;

/// <summary>
/// Invented news about invented people whose identities are known, for measuring resolution. People are
/// officials, company heads and trade-council staff with careers over the years (promotions at one
/// organization, moves to the province, now and then to another province); names come from small pools,
/// so many different people share a name. Articles report meetings between people active at their date,
/// writing names and organizations the ways real reports vary them: case, honorifics, Western order,
/// legal forms, acronyms with and without their alias, and "the Municipal Government" for the host city.
/// </summary>
internal sealed class SyntheticNews
{
    private static readonly (string Province, string[] Cities)[] Provinces =
    [
        ("Jiangsu", ["Nanjing", "Wuxi", "Changzhou"]),
        ("Zhejiang", ["Hangzhou", "Ningbo", "Wenzhou"]),
        ("Guangdong", ["Shenzhen", "Foshan", "Zhuhai"]),
        ("Hubei", ["Wuhan", "Yichang"]),
        ("Sichuan", ["Chengdu", "Mianyang"]),
        ("Shandong", ["Jinan", "Qingdao", "Yantai"]),
        ("Inner Mongolia", ["Chifeng", "Baotou"]),
        ("Hunan", ["Changsha", "Zhuzhou"]),
        ("Anhui", ["Hefei", "Wuhu"]),
    ];

    private static readonly string[] Surnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao"];
    private static readonly string[] OneSyllable = ["Ning", "Lei", "Min", "Jie", "Bin", "Hao", "Fang", "Jun", "Tao", "Rui", "Kai", "Yan"];
    // Two-syllable given names are many times more varied than one-syllable ones, as in real names: people
    // sharing a short name ("Zhao Ning") are common, people sharing a long one are rare.
    private static readonly string[] FirstSyllables =
        ["Wen", "Ming", "Jian", "Hong", "Xiao", "Zhi", "Guo", "Chun", "Yu", "Hai", "Shu", "Qing", "De", "Jia", "Li", "Xue", "Yong", "Zhen", "Hui", "Ke"];
    private static readonly string[] SecondSyllables =
        ["yao", "hui", "feng", "long", "lan", "rong", "sheng", "ping", "xin", "tian", "wei", "yun", "bo", "chao", "dong", "hua", "jun", "kang", "qiang", "zhou"];
    private static readonly string[] ForeignFirst = ["Ilse", "Tomas", "Mara", "Joris", "Anouk", "Lars", "Petra", "Otto", "Sanne", "Mikkel", "Freja", "Henrik", "Elin", "Bram", "Liv", "Ruben"];
    private static readonly string[] ForeignLast = ["Marten", "Ekwall", "Velden", "Kallen", "Brandt", "Holm", "Vries", "Lindgren", "Aalto", "Berge", "Dahlin", "Falk", "Grun", "Hove", "Jorgen", "Kessel"];
    private static readonly string[] Countries = ["Germany", "Sweden", "Netherlands", "Denmark", "Norway"];
    private static readonly string[] Brands = ["Sunlit", "Bluewave", "Redstone", "Silverline", "Greenfield", "Northstar", "Goldleaf", "Clearwater", "Brightpath", "Ironwood", "Skyline", "Riverbend"];
    private static readonly string[] Trades = ["Batteries", "Logistics", "Textiles", "Machinery", "Foods", "Optics", "Pharma", "Cables", "Ceramics", "Robotics", "Paper", "Glass"];

    private readonly Random random;
    private readonly List<Person> people = [];
    private readonly List<TestArticle> articles = [];
    private readonly Dictionary<(string SourceKey, string Name), int> truth = [];

    private SyntheticNews(int seed) => random = new Random(seed);

    /// <summary>The articles, in the order they are to be ingested.</summary>
    public IReadOnlyList<TestArticle> Articles => articles;

    /// <summary>Who each written name in each article really is: (source key, name as written) → person number.</summary>
    public IReadOnlyDictionary<(string SourceKey, string Name), int> Truth => truth;

    /// <summary>How many different people share a name with someone else.</summary>
    public int PeopleSharingAName => people.GroupBy(p => p.Name).Where(g => g.Count() > 1).Sum(g => g.Count());

    /// <summary>How many people there are.</summary>
    public int People => people.Count;

    /// <summary>Generates a world of <paramref name="peopleCount"/> people and <paramref name="articleCount"/> articles.</summary>
    public static SyntheticNews Generate(int seed, int peopleCount, int articleCount)
    {
        var news = new SyntheticNews(seed);
        for (var i = 0; i < peopleCount; i++) news.people.Add(news.NewPerson(i));
        for (var i = 0; i < articleCount; i++) news.NewArticle(i);
        return news;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private bool Chance(double p) => random.NextDouble() < p;

    private Person NewPerson(int id)
    {
        var name = NewName(out var chinese);
        // People who share a name never share a home city: with one name, city and organization nothing could tell them apart.
        var taken = people.Where(p => p.Name == name).Select(p => p.City).ToHashSet();
        var (province, city) = Pick(Provinces.SelectMany(p => p.Cities.Select(c => (p.Province, City: c))).Where(c => !taken.Contains(c.City)).ToList());
        var start = random.Next(2012, 2019);
        if (!chinese)
        {
            var country = Pick(Countries);
            return new Person(id, name, Chinese: false, city,
                [new Stint(start, 2024, "Consul General", new Organization(country, OrganizationKind.Country, country, null))]);
        }
        var middle = start + random.Next(2, 6);
        List<Stint> career;
        var roll = random.NextDouble();
        if (roll < 0.5)
        {
            var government = new Organization($"{city} Municipal Government", OrganizationKind.CityGovernment, city, province);
            var party = new Organization($"{city} Municipal Party Committee", OrganizationKind.CityParty, city, province);
            var provincial = new Organization($"{province} Provincial Government", OrganizationKind.ProvinceGovernment, city, province);
            career = [new Stint(start, middle - 1, "Vice Mayor", government)];
            var next = random.NextDouble();
            career.Add(next < 0.5 ? new Stint(middle, 2024, "Mayor", government)
                : next < 0.8 ? new Stint(middle, 2024, "Secretary", party)
                : new Stint(middle, 2024, "Vice Governor", provincial));
            if (Chance(0.15) && middle + 3 <= 2024)
            {
                // A move to another province, years later: the hardest career for resolution.
                var (elsewhere, elsewhereCities) = Pick(Provinces.Where(p => p.Province != province).ToList());
                career[^1] = career[^1] with { To = middle + 2 };
                career.Add(new Stint(middle + 3, 2024, "Governor",
                    new Organization($"{elsewhere} Provincial Government", OrganizationKind.ProvinceGovernment, Pick(elsewhereCities), elsewhere)));
            }
        }
        else if (roll < 0.78)
        {
            // Each company head runs a company of their own.
            var companies = people.SelectMany(p => p.Career).Select(s => s.Organization.Name).ToHashSet();
            var company = new Organization(
                Pick(Brands.SelectMany(b => Trades.Select(t => $"{b} {t}")).Where(c => !companies.Contains(c)).ToList()), OrganizationKind.Company, city, province);
            career = [new Stint(start, middle - 1, "Vice President", company), new Stint(middle, 2024, Chance(0.5) ? "President" : "Chairman", company)];
        }
        else
        {
            var council = new Organization($"{city} Council for the Promotion of International Trade", OrganizationKind.Council, city, province);
            career = [new Stint(start, middle - 1, "Vice Chairman", council), new Stint(middle, 2024, "Chairman", council)];
        }
        return new Person(id, name, Chinese: true, city, career);
    }

    /// <summary>A new name: one in ten foreign, else Chinese with a one-syllable given name four times in ten.</summary>
    private string NewName(out bool chinese)
    {
        chinese = !Chance(0.1);
        if (!chinese) return $"{Pick(ForeignFirst)} {Pick(ForeignLast)}";
        var given = Chance(0.4) ? Pick(OneSyllable) : Pick(FirstSyllables) + Pick(SecondSyllables);
        return $"{Pick(Surnames)} {given}";
    }

    private void NewArticle(int number)
    {
        var day = new DateOnly(2012, 1, 1).AddDays(random.Next(365 * 13));
        var active = people.Where(p => p.At(day.Year) is not null).ToList();
        var host = Pick(active.Where(p => p.Chinese).ToList());
        var hostStint = host.At(day.Year)!;
        var guests = active.Where(p => p != host && p.Name != host.Name && p.At(day.Year)!.Organization.City != hostStint.Organization.City)
            .OrderBy(_ => random.Next()).DistinctBy(p => p.Name).Take(random.Next(1, 3)).ToList();
        var city = hostStint.Organization.City;
        var date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var article = new TestArticle($"s{number:D4}", day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var written = new List<string>();
        foreach (var person in guests.Prepend(host))
        {
            var name = WriteName(person);
            var stint = person.At(day.Year)!;
            // Most reports give a title; some name a person only in passing.
            if (Chance(0.85)) article.Person(name, stint.Title, WriteOrganization(article, stint.Organization, isHost: person == host));
            else article.Person(name);
            written.Add(name);
            truth[(article.SourceKey, name)] = person.Id;
        }
        article.Meeting(date, city, [.. written]);
        articles.Add(article);
    }

    private string WriteName(Person person)
    {
        var roll = random.NextDouble();
        if (!person.Chinese) return roll < 0.1 ? $"Dr. {person.Name}" : person.Name;
        var parts = person.Name.Split(' ');
        return roll switch
        {
            < 0.08 => $"{parts[0].ToUpperInvariant()} {parts[1]}",
            < 0.12 => $"Mr. {person.Name}",
            < 0.17 => $"{parts[1]} {parts[0]}",
            _ => person.Name,
        };
    }

    private string WriteOrganization(TestArticle article, Organization organization, bool isHost)
    {
        var roll = random.NextDouble();
        switch (organization.Kind)
        {
            case OrganizationKind.Company:
                return roll < 0.5 ? $"{organization.Name} Co., Ltd." : organization.Name;
            case OrganizationKind.Council:
                var acronym = organization.City[0] + "CPIT";
                if (roll < 0.5) return organization.Name;
                if (roll < 0.75) article.Alias(organization.Name, acronym);
                return acronym;
            case OrganizationKind.CityGovernment:
                return isHost && roll < 0.3 ? "the Municipal Government"
                    : roll < 0.65 ? organization.Name : $"{organization.City} Municipal People's Government";
            case OrganizationKind.CityParty:
                return isHost && roll < 0.3 ? "the Municipal Party Committee"
                    : roll < 0.65 ? organization.Name : $"CPC {organization.City} Municipal Committee";
            case OrganizationKind.ProvinceGovernment:
                return roll < 0.5 ? organization.Name : $"People's Government of {organization.Province} Province";
            default:
                return organization.Name;
        }
    }

    private enum OrganizationKind { Country, CityGovernment, CityParty, ProvinceGovernment, Company, Council }

    private sealed record Organization(string Name, OrganizationKind Kind, string City, string? Province);

    private sealed record Stint(int From, int To, string Title, Organization Organization);

    private sealed record Person(int Id, string Name, bool Chinese, string City, List<Stint> Career)
    {
        public Stint? At(int year) => Career.FirstOrDefault(s => s.From <= year && year <= s.To);
    }
}
