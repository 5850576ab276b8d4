using Parley.Lexicons;
using Parley.Text;

namespace Parley.Bench.Scale;

/// <summary>
/// The regions, organizations and people synthetic articles are about: China's 31 provinces weighted by
/// how much they appear in trade-promotion news (coastal provinces most), twenty partner countries, about
/// ten people per organization, 85 % of them Chinese. Entities are written to the store as they are made.
/// </summary>
internal sealed class SyntheticWorld
{
    private static readonly Dictionary<string, double> ProvinceWeights = new()
    {
        ["Guangdong"] = 10, ["Jiangsu"] = 9, ["Zhejiang"] = 8, ["Beijing"] = 8, ["Shanghai"] = 8, ["Shandong"] = 7,
        ["Sichuan"] = 5, ["Henan"] = 4, ["Hubei"] = 4, ["Fujian"] = 4, ["Hunan"] = 3.5, ["Anhui"] = 3, ["Hebei"] = 3,
        ["Shaanxi"] = 3, ["Liaoning"] = 3, ["Chongqing"] = 3, ["Tianjin"] = 3, ["Yunnan"] = 2.5, ["Guangxi"] = 2.5,
        ["Jiangxi"] = 2, ["Shanxi"] = 2, ["Inner Mongolia"] = 2, ["Heilongjiang"] = 2, ["Hainan"] = 1.5, ["Jilin"] = 1.5,
        ["Guizhou"] = 1.5, ["Xinjiang"] = 1.5, ["Gansu"] = 1, ["Ningxia"] = 0.5, ["Qinghai"] = 0.5, ["Xizang"] = 0.3,
    };

    private static readonly Dictionary<string, double> CountryWeights = new()
    {
        ["Russia"] = 6, ["South Korea"] = 5, ["Japan"] = 5, ["Germany"] = 5, ["United States"] = 5, ["Singapore"] = 4,
        ["Malaysia"] = 4, ["Vietnam"] = 4, ["United Kingdom"] = 3, ["France"] = 3, ["Thailand"] = 3, ["Indonesia"] = 3,
        ["Kazakhstan"] = 3, ["Pakistan"] = 3, ["Australia"] = 2, ["Brazil"] = 2, ["United Arab Emirates"] = 2,
        ["Saudi Arabia"] = 2, ["Egypt"] = 2, ["Italy"] = 2,
    };

    private SyntheticWorld(List<Region> regions, List<SyntheticOrganization> organizations, List<SyntheticPerson> people)
    {
        Regions = regions;
        Organizations = organizations;
        People = people;
        Chinese = new WeightedSampler(regions.Select(r => r.Chinese ? r.Weight : 0).ToArray());
        Foreign = new WeightedSampler(regions.Select(r => r.Chinese ? 0 : r.Weight).ToArray());
    }

    /// <summary>Provinces first, then countries.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Every organization.</summary>
    public IReadOnlyList<SyntheticOrganization> Organizations { get; }

    /// <summary>Every person.</summary>
    public IReadOnlyList<SyntheticPerson> People { get; }

    /// <summary>Draws a Chinese province (an index into <see cref="Regions"/>) by weight.</summary>
    public WeightedSampler Chinese { get; }

    /// <summary>Draws a foreign country (an index into <see cref="Regions"/>) by weight.</summary>
    public WeightedSampler Foreign { get; }

    /// <summary>Makes the world with <paramref name="peopleCount"/> people and writes its entities through <paramref name="writer"/>.</summary>
    public static SyntheticWorld Build(SyntheticStoreWriter writer, SyntheticNames names, Random random, int peopleCount)
    {
        var gazetteer = Gazetteer.Default;
        var places = Enumerable.Range(1, gazetteer.Count).Select(id => gazetteer[id]!).ToList();
        var children = places.Where(p => p.ParentId is not null).ToLookup(p => p.ParentId!.Value);
        var regions = new List<Region>();
        foreach (var province in places.Where(p => p.Kind == PlaceKind.Province && p.CountryCode == "CN" && ProvinceWeights.ContainsKey(p.Name)))
        {
            // Prefectures and cities in gazetteer order, then their counties: the big cities come up most.
            var direct = children[province.Id].ToList();
            var counties = direct.SelectMany(d => children[d.Id]).ToList();
            regions.Add(new Region(province, chinese: true, ProvinceWeights[province.Name], [.. direct, province, .. counties]));
        }
        foreach (var country in places.Where(p => p.Kind == PlaceKind.Country && CountryWeights.ContainsKey(p.Name)))
        {
            var cities = children[country.Id].Where(c => c.Kind == PlaceKind.City).OrderByDescending(c => c.Population).Take(30).ToList();
            regions.Add(new Region(country, chinese: false, CountryWeights[country.Name], [.. cities, country]));
        }

        var chineseWeight = regions.Where(r => r.Chinese).Sum(r => r.Weight);
        var foreignWeight = regions.Where(r => !r.Chinese).Sum(r => r.Weight);
        var organizations = new List<SyntheticOrganization>();
        var people = new List<SyntheticPerson>();
        // Stored organization names are unique by name key, as ingestion keys them.
        var orgNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            var share = region.Chinese ? 0.85 * region.Weight / chineseWeight : 0.15 * region.Weight / foreignWeight;
            var regionPeople = Math.Max(10, (int)(peopleCount * share));
            var regionOrganizations = Math.Max(2, regionPeople / 10);
            while (region.Organizations.Count < regionOrganizations)
            {
                var place = region.Locations[region.LocationSampler.Next(random)];
                var (name, alias, kind) = region.Chinese
                    ? names.ChineseOrganization(place.Name, region.Root.Name)
                    : names.ForeignOrganization(region.Root.Name, place.Name);
                // Provincial bodies are named after the province: their place is the province.
                var orgPlace = name.StartsWith(region.Root.Name, StringComparison.Ordinal) && !name.StartsWith(place.Name, StringComparison.Ordinal)
                    ? region.Root
                    : place;
                if (!orgNames.Add(NameKey.Of(name)) || (alias is not null && !orgNames.Add(NameKey.Of(alias)))) continue;
                region.Organizations.Add(organizations.Count);
                organizations.Add(writer.Organization(name, alias, kind, writer.PlaceEntity(orgPlace)));
            }
            for (var i = 0; i < regionPeople; i++)
            {
                var organization = region.Organizations[random.Next(region.Organizations.Count)];
                var (name, variant) = region.Chinese ? names.ChinesePerson() : names.ForeignPerson();
                region.People.Add(people.Count);
                people.Add(new SyntheticPerson(writer.Person(name), name, variant, organization, names.Title(organizations[organization].Kind)));
            }
            // Rank = creation order, which is random: the first few of each region are its busiest people.
            region.PeopleSampler = WeightedSampler.Zipf(region.People.Count, 0.9);
        }
        return new SyntheticWorld(regions, organizations, people);
    }
}
