using System.Globalization;
using System.Runtime.CompilerServices;
using Parley.Text;

namespace Parley.Lexicons;

/// <summary>
/// Countries, Chinese administrative divisions down to county level, and world cities, with their
/// hierarchy, loaded once from the embedded data/places.tsv. Immutable and safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Place[] byId; // index = Id; slot 0 unused
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> byKeySpan;
    // Every word-prefix of every key, with the entries when the prefix is itself a key (else null), so the
    // scanner learns in one look-up whether a candidate names a place and whether a longer name can follow.
    private readonly Dictionary<string, Place[]?>.AlternateLookup<ReadOnlySpan<char>> candidates;
    // A small bit set over the hashes of the first words of all keys. It fits in the processor cache, unlike
    // the tables, so most capitalized words ("The", "President", names) are turned away without touching them.
    private readonly ulong[] firstWords = new ulong[FirstWordBits / 64];
    private readonly int maxWords;
    private readonly int maxKeyLength;

    // Candidate keys up to this long are built on the stack.
    private const int StackKeyLength = 256;

    // Size of the first-word filter: 32 KB, a few per cent false positives for the gazetteer's first words.
    private const int FirstWordBits = 1 << 18;

    private Gazetteer(Place[] byId, Dictionary<string, Place[]> byKey, Dictionary<string, Place[]?> candidates, int maxWords)
    {
        this.byId = byId;
        byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var candidate in candidates.Keys)
        {
            maxKeyLength = Math.Max(maxKeyLength, candidate.Length);
            if (!candidate.Contains(' ')) SetFirstWord(candidate);
        }
        this.candidates = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        this.maxWords = maxWords;
    }

    private void SetFirstWord(ReadOnlySpan<char> word)
    {
        var bit = FirstWordBit(word);
        firstWords[bit >> 6] |= 1UL << bit;
    }

    private bool MayBeFirstWord(ReadOnlySpan<char> word)
    {
        var bit = FirstWordBit(word);
        return (firstWords[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int FirstWordBit(ReadOnlySpan<char> word) => string.GetHashCode(word) & (FirstWordBits - 1);

    /// <summary>The gazetteer built from the embedded data, loaded on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Number of entries.</summary>
    public int Count => byId.Length - 1;

    /// <summary>The entry with this id, or null.</summary>
    public Place? this[int id] => id > 0 && id < byId.Length ? byId[id] : null;

    /// <summary>
    /// Finds the entry a name most likely means. Matching ignores case, diacritics, apostrophes and
    /// punctuation. On ambiguity the higher administrative level wins (country, province, prefecture,
    /// city, county), then the larger population.
    /// </summary>
    public bool TryFind(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Place? place)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryFind(name.AsSpan(), out place);
    }

    /// <summary>As <see cref="TryFind(string, out Place?)"/>, for a name assembled in a buffer (no string needed).</summary>
    public bool TryFind(ReadOnlySpan<char> name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Place? place)
    {
        if (LexiconKey.TryGet(byKeySpan, name, out var hits))
        {
            place = hits[0];
            return true;
        }
        place = null;
        return false;
    }

    /// <summary>Every entry a name may mean, best-ranked first; empty when none.</summary>
    public IReadOnlyList<Place> FindAll(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindAll(name.AsSpan());
    }

    /// <summary>As <see cref="FindAll(string)"/>, for words read straight from a text (no string needed).</summary>
    public IReadOnlyList<Place> FindAll(ReadOnlySpan<char> name) => LexiconKey.TryGet(byKeySpan, name, out var hits) ? hits : [];

    /// <summary>The enclosing entry (province of a prefecture, country of a province…), or null for a country.</summary>
    public Place? Parent(Place place) => place.ParentId is { } id ? this[id] : null;

    /// <summary>Enclosing entries from the nearest up to the country.</summary>
    public IEnumerable<Place> Ancestors(Place place)
    {
        for (var p = Parent(place); p != null; p = Parent(p))
            yield return p;
    }

    /// <summary>The country an entry lies in (itself for a country).</summary>
    public Place CountryOf(Place place)
    {
        var p = place;
        while (p.Kind != PlaceKind.Country && Parent(p) is { } parent) p = parent;
        return p;
    }

    /// <summary>True when the text names a country ("Viet Nam", "People's Republic of China") or is a nationality adjective ("Vietnamese").</summary>
    public bool IsCountryOrDemonym(string name)
    {
        foreach (var p in FindAll(name))
            if (p.Kind == PlaceKind.Country) return true;
        return Demonyms.TryGetCountry(name, out _);
    }

    /// <summary>
    /// Length of the longest place name starting at <paramref name="start"/> (which must begin a word),
    /// or 0. Same matching rules as <see cref="FindIn"/>.
    /// </summary>
    public int MatchLength(string text, int start)
    {
        if (start < 0 || start >= text.Length || (start > 0 && char.IsLetterOrDigit(text[start - 1]))) return 0;
        var matches = Scan(text, start, firstOnly: true);
        return matches.Count > 0 && matches[0].Span.Start == start ? matches[0].Span.Length : 0;
    }

    /// <summary>
    /// Finds place names in running text, longest match first, left to right, without overlaps, in time
    /// linear in the text length. Only capitalized names are taken (a lower-case "reading" or "nice" is a
    /// word, not a city); inside a multi-word name short lower-case words ("of", "de", "al") are allowed.
    /// </summary>
    public IReadOnlyList<PlaceMatch> FindIn(string text) => Scan(text, 0, firstOnly: false);

    private List<PlaceMatch> Scan(string text, int from, bool firstOnly)
    {
        var result = new List<PlaceMatch>();
        // A candidate longer than the longest key names nothing, so the key buffer never has to grow:
        // when the next word does not fit, the candidate is abandoned as the prefix look-up would have.
        var key = maxKeyLength <= StackKeyLength ? stackalloc char[StackKeyLength] : new char[maxKeyLength];
        var position = from;
        while (FoldedWords.Next(text, position, out var firstStart, out var firstEnd))
        {
            position = firstEnd;
            if (!char.IsUpper(text[firstStart])) { if (firstOnly) break; continue; }
            var bestEnd = -1;
            Place[]? bestHits = null;
            var keyLength = 0;
            var (wordStart, wordEnd) = (firstStart, firstEnd);
            for (var j = 0; j < maxWords; j++)
            {
                if (j > 0)
                {
                    if (!FoldedWords.Next(text, wordEnd, out wordStart, out wordEnd)) break;
                    if (!char.IsUpper(text[wordStart]) && wordEnd - wordStart > 3) break;
                    if (keyLength == key.Length) break;
                    key[keyLength++] = ' ';
                }
                var folded = FoldedWords.Fold(text, wordStart, wordEnd, key[keyLength..]);
                if (folded < 0) break;
                keyLength += folded;
                var candidate = key[..keyLength];
                if (j == 0 && !MayBeFirstWord(candidate)) break;
                if (!candidates.TryGetValue(candidate, out var hits)) break;
                if (hits != null) { bestEnd = wordEnd; bestHits = hits; }
            }
            if (bestHits != null)
            {
                result.Add(new PlaceMatch(new TextSpan(firstStart, bestEnd), bestHits[0]));
                position = bestEnd;
            }
            if (firstOnly) break;
        }
        return result;
    }

    // Load and its per-row lambda run once, over 26,000 rows: optimized from the first call, not tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Gazetteer Load()
    {
        var places = new List<Place> { null! };
        // Entries by key as arrays from the start (most keys name one place), so loading makes little garbage.
        var keyed = new Dictionary<string, Place[]>(StringComparer.Ordinal);
        var keyedSpan = keyed.GetAlternateLookup<ReadOnlySpan<char>>();
        void Index(string name, Place p)
        {
            // Most names fold to a key already seen or a new one; look it up by span so only new keys become strings.
            Span<char> buffer = name.Length <= StackKeyLength ? stackalloc char[StackKeyLength] : new char[name.Length];
            var key = buffer[..LexiconKey.Fold(name, buffer)];
            if (key.Length == 0) return;
            if (!keyedSpan.TryGetValue(key, out var hits)) keyedSpan[key] = [p];
            else if (Array.IndexOf(hits, p) < 0) keyedSpan[key] = [.. hits, p];
        }
        LexiconResource.ForEachRow("places.tsv", [MethodImpl(MethodImplOptions.AggressiveOptimization)] (f) =>
        {
            // id, name, kind, parent_id, country_code, population, aliases
            var id = int.Parse(f[0], CultureInfo.InvariantCulture);
            if (id != places.Count) throw new InvalidDataException($"places.tsv ids must be 1..n in order; saw {id}.");
            var place = new Place(id, f[1], ParseKind(f[2]),
                f[3].Length == 0 ? null : int.Parse(f[3], CultureInfo.InvariantCulture), f[4])
            {
                Population = f[5].Length == 0 ? 0 : int.Parse(f[5], CultureInfo.InvariantCulture),
                Aliases = LexiconResource.SplitList(f[6]),
            };
            places.Add(place);
            Index(place.Name, place);
            foreach (var a in place.Aliases) Index(a, place);
        });

        // Every key, and every word-prefix of one with no entries of its own (null).
        var candidates = new Dictionary<string, Place[]?>(keyed.Count * 2, StringComparer.Ordinal);
        var candidatesSpan = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        var maxWords = 1;
        foreach (var (key, hits) in keyed)
        {
            if (hits.Length > 1) Array.Sort(hits, Rank);
            candidates[key] = hits;
            var words = 1;
            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] != ' ') continue;
                candidatesSpan.TryAdd(key.AsSpan(0, i), null);
                words++;
            }
            maxWords = Math.Max(maxWords, words);
        }
        return new Gazetteer(places.ToArray(), keyed, candidates, maxWords);
    }

    private static int Rank(Place a, Place b)
    {
        var c = LevelRank(a.Kind).CompareTo(LevelRank(b.Kind));
        if (c != 0) return c;
        c = b.Population.CompareTo(a.Population);
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    }

    // Cities outrank counties: a world city of 15,000+ people is a likelier reading than a same-named Chinese district.
    private static int LevelRank(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => 0,
        PlaceKind.Province => 1,
        PlaceKind.Prefecture => 2,
        PlaceKind.City => 3,
        _ => 4,
    };

    private static PlaceKind ParseKind(string kind) => kind switch
    {
        "country" => PlaceKind.Country,
        "province" => PlaceKind.Province,
        "prefecture" => PlaceKind.Prefecture,
        "county" => PlaceKind.County,
        "city" => PlaceKind.City,
        _ => throw new InvalidDataException($"Unknown place kind '{kind}'."),
    };
}
