namespace Parley.Store.Queries;

/// <summary>What the nodes of a who-met-whom network are.</summary>
public enum NetworkLevel
{
    /// <summary>People: two are linked when they took part in the same event.</summary>
    Person,

    /// <summary>
    /// Organizations: those an event names and those its participants hold positions in; two are linked
    /// when they took part in the same event.
    /// </summary>
    Organization,

    /// <summary>
    /// Regions (a Chinese province, else the country): those of an event's place and of its organizations'
    /// places; two are linked when they met in the same event, e.g. province-to-province cooperation.
    /// </summary>
    Place,
}
