using Parley.Lexicons;

namespace Parley.Bench.Scale;

/// <summary>
/// A province of China or a foreign country in the synthetic world: where its events take place (cities
/// drawn Zipf-like, the largest most often), and its organizations and people, most active first.
/// </summary>
internal sealed class Region(Place root, bool chinese, double weight, IReadOnlyList<Place> locations)
{
    /// <summary>The province or country.</summary>
    public Place Root { get; } = root;

    /// <summary>True for a Chinese province.</summary>
    public bool Chinese { get; } = chinese;

    /// <summary>Its share of activity, relative to the other regions.</summary>
    public double Weight { get; } = weight;

    /// <summary>Places inside it (cities, prefectures, counties), most likely first.</summary>
    public IReadOnlyList<Place> Locations { get; } = locations;

    /// <summary>Draws from <see cref="Locations"/>.</summary>
    public WeightedSampler LocationSampler { get; } = WeightedSampler.Zipf(locations.Count, 1.0);

    /// <summary>Indexes of its organizations in the world.</summary>
    public List<int> Organizations { get; } = [];

    /// <summary>Indexes of its people in the world, most active first.</summary>
    public List<int> People { get; } = [];

    /// <summary>Draws from <see cref="People"/>, set once they are all known.</summary>
    public WeightedSampler? PeopleSampler { get; set; }
}
