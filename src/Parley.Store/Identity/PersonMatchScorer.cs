namespace Parley.Store.Identity;

/// <summary>
/// Scores whether two people with one name (lookup key) are one person, from their context. Shared
/// organizations, places and co-participants speak for one person; a clash of sector, or of region or
/// organization at the same time, speaks for two. Differences years apart weigh little: officials move
/// between posts and provinces, and a title change over the years must not split a person; yet with a
/// common short name and nothing else shared they tip the balance to two people.
/// </summary>
internal static class PersonMatchScorer
{
    // Points per finding. A shared organization outweighs any single clash; a business/government clash
    // outweighs a shared place, since company heads and officials of one city share its name.
    private const double DistinctiveName = 1;
    private const double OneSidedContext = -0.25;
    private const double OtherOrder = -0.5;
    private const double SharedOrganization = 3;
    private const double SharedAcronym = 1;
    private const double OtherOrganizationSameTime = -1.5;
    private const double OtherOrganizationOtherwise = -0.5;
    private const double SharedPlace = 1.5;
    private const double SharedRegion = 1;
    private const double SharedVisit = 0.5;
    private const double OtherRegionSameTime = -2;
    private const double OtherRegionOtherwise = -0.5;
    private const double OtherSectorSameTime = -2.5;
    private const double OtherSectorYearsApart = -1.5;
    private const double SharedTitle = 0.5;
    private const double SharedPeer = 1;
    private const double MostFromPeers = 2;

    /// <summary>Two sightings at most this many days apart are "at the same time".</summary>
    private const int SameTimeDays = 365;

    /// <summary>
    /// The score of <paramref name="a"/> and <paramref name="b"/> being one person, with every finding. In
    /// resolution <paramref name="a"/> is the new mention and <paramref name="b"/> a candidate entity.
    /// </summary>
    public static MatchScore Score(PersonContext a, PersonContext b)
    {
        var evidence = new List<MatchEvidence>();
        evidence.Add(a.IsShortChineseName || b.IsShortChineseName
            ? new MatchEvidence("name", 0, "a short Chinese name, shared by many people", null, [])
            : new MatchEvidence("name", DistinctiveName, "a full name few people share", null, []));
        if ((a.IsShortChineseName || b.IsShortChineseName) && Identifies(a) && !Identifies(b))
            // A namesake known only by a bare mention must not become the entity that whoever shares the name joins
            // for want of a clash. The other way round is a guess that costs one mention, not a snowball.
            evidence.Add(new MatchEvidence("name", OneSidedContext, "only the first has a title's organization or place to tell who it is", null, []));
        if (a.OrderedKeys.Count > 0 && b.OrderedKeys.Count > 0 && !a.OrderedKeys.Overlaps(b.OrderedKeys))
            evidence.Add(new MatchEvidence("name", OtherOrder, "written in another order", null, []));

        var sharedOrganizations = Shared(a, b, FeatureKinds.Organization);
        if (sharedOrganizations.Count > 0)
            evidence.Add(new MatchEvidence("organization", SharedOrganization, "both held titles at", FeatureKinds.Organization, sharedOrganizations));
        else if (SharedAcronyms(a, b) is { Count: > 0 } acronyms)
            // "WCPIT" alone may be the "Wuxi Council for the Promotion of International Trade" of another article.
            evidence.Add(new MatchEvidence("organization", SharedAcronym, "titles at organizations with the same acronym", FeatureKinds.Acronym, acronyms));
        else if (Clash(a, b, FeatureKinds.Organization) is { } timing)
            evidence.Add(new MatchEvidence("organization", timing == Timing.SameTime ? OtherOrganizationSameTime : OtherOrganizationOtherwise,
                $"titles at different organizations, {Describe(timing)}", null, []));

        AddPlaces(a, b, evidence);

        if (Clash(a, b, FeatureKinds.Sector) is { } sectorTiming)
            evidence.Add(new MatchEvidence("sector", sectorTiming == Timing.YearsApart ? OtherSectorYearsApart : OtherSectorSameTime,
                $"one in business, one in government, {Describe(sectorTiming)}", null, []));

        // A title says something only where an organization is missing: the same title at another organization is another post.
        if ((a.Of(FeatureKinds.Organization).Count == 0 || b.Of(FeatureKinds.Organization).Count == 0) && Shared(a, b, FeatureKinds.Title) is { Count: > 0 } titles)
            evidence.Add(new MatchEvidence("title", SharedTitle, "the same title", FeatureKinds.Title, titles));

        if (Shared(a, b, FeatureKinds.Peer) is { Count: > 0 } peers)
            evidence.Add(new MatchEvidence("co-participant", Math.Min(MostFromPeers, SharedPeer * peers.Count), "took part in events with", FeatureKinds.Peer, peers));

        return new MatchScore(evidence.Sum(e => e.Points), evidence);
    }

    private static void AddPlaces(PersonContext a, PersonContext b, List<MatchEvidence> evidence)
    {
        if (Shared(a, b, FeatureKinds.Place) is { Count: > 0 } places)
            evidence.Add(new MatchEvidence("place", SharedPlace, "titles in", FeatureKinds.Place, places));
        else if (Shared(a, b, FeatureKinds.Region) is { Count: > 0 } regions)
            evidence.Add(new MatchEvidence("place", SharedRegion, "titles in the region of", FeatureKinds.Region, regions));
        else if (Clash(a, b, FeatureKinds.Region) is { } timing)
            evidence.Add(new MatchEvidence("place", timing == Timing.SameTime ? OtherRegionSameTime : OtherRegionOtherwise,
                $"titles in different regions, {Describe(timing)}", null, []));
        if (Shared(a, b, FeatureKinds.Visit) is { Count: > 0 } visits)
            evidence.Add(new MatchEvidence("event place", SharedVisit, "took part in events in", FeatureKinds.Visit, visits));
    }

    /// <summary>The values of one kind both have.</summary>
    private static List<string> Shared(PersonContext a, PersonContext b, string kind) => Shared(a, b, kind, kind);

    /// <summary>The values <paramref name="a"/> has as <paramref name="kind"/> that <paramref name="b"/> has as <paramref name="otherKind"/>.</summary>
    private static List<string> Shared(PersonContext a, PersonContext b, string kind, string otherKind)
    {
        var theirs = b.Of(otherKind).Select(f => f.Value).ToHashSet(StringComparer.Ordinal);
        return a.Of(kind).Select(f => f.Value).Where(theirs.Contains).ToList();
    }

    /// <summary>True when the context says who the person is: an organization or a place of a title.</summary>
    private static bool Identifies(PersonContext context) =>
        context.Features.Any(f => f.Kind is FeatureKinds.Organization or FeatureKinds.Place or FeatureKinds.Region);

    /// <summary>Acronyms one side wrote alone that are the initials of a full name on the other side.</summary>
    private static List<string> SharedAcronyms(PersonContext a, PersonContext b) =>
        Shared(a, b, FeatureKinds.Acronym, FeatureKinds.Initials).Union(Shared(a, b, FeatureKinds.Initials, FeatureKinds.Acronym)).ToList();

    /// <summary>When both have values of one kind and share none: how far apart in time the two sides were seen; else null.</summary>
    private static Timing? Clash(PersonContext a, PersonContext b, string kind)
    {
        var mine = a.Of(kind);
        var theirs = b.Of(kind);
        if (mine.Count == 0 || theirs.Count == 0 || Shared(a, b, kind).Count > 0) return null;
        var undated = false;
        foreach (var x in mine)
            foreach (var y in theirs)
            {
                if (x.Seen.DaysApart(y.Seen) is not { } days) undated = true;
                else if (days <= SameTimeDays) return Timing.SameTime;
            }
        return undated ? Timing.Undated : Timing.YearsApart;
    }

    private static string Describe(Timing timing) => timing switch
    {
        Timing.SameTime => "at the same time",
        Timing.Undated => "dates unknown",
        _ => "years apart",
    };

    private enum Timing { SameTime, Undated, YearsApart }
}
