namespace Parley.Store.Identity;

/// <summary>The kinds of context <c>person_mention_features</c> holds for each article-level person.</summary>
internal static class FeatureKinds
{
    /// <summary>An organization entity the person held a title at (value: the entity id).</summary>
    public const string Organization = "org";

    /// <summary>A title's key ("vice chairman").</summary>
    public const string Title = "title";

    /// <summary>An organization written only as an acronym ("wcpit"): an acronym several organizations share
    /// stays an entity of its own, yet may be the organization of a full name with those <see cref="Initials"/>.</summary>
    public const string Acronym = "acronym";

    /// <summary>The initials of an organization's full name ("wcpit" for "Wuxi Council for the Promotion of International Trade").</summary>
    public const string Initials = "initials";

    /// <summary>A place below region level where the person holds a title: the place of a title's organization (value: the place entity id).</summary>
    public const string Place = "place";

    /// <summary>The province (or, abroad, the country) of such a place, or that province itself (value: the place entity id).</summary>
    public const string Region = "region";

    /// <summary>Where an event the person took part in was held (value: the place entity id). Weaker than
    /// <see cref="Place"/>: guests travel, so many people are seen in a busy city.</summary>
    public const string Visit = "visit";

    /// <summary>Someone the person took part in an event with (value: that person's lookup key).</summary>
    public const string Peer = "peer";

    /// <summary>The <see cref="Identity.Sector"/> of a title and its organization.</summary>
    public const string Sector = "sector";
}
