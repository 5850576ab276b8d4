namespace Parley.Store.Identity;

/// <summary>A person's title at one organization, as an interval of dated mentions.</summary>
/// <param name="Title">The title as most often written.</param>
/// <param name="PersonId">The person entity (shown as <c>P{id}</c>).</param>
/// <param name="Person">The person's display name.</param>
/// <param name="FirstSeen">The earliest dated mention; null when none is dated.</param>
/// <param name="LastSeen">The latest dated mention; null when none is dated.</param>
/// <param name="Mentions">How many mentions give it.</param>
/// <param name="Sources">The record ids of the articles that give it, earliest first.</param>
/// <param name="SeenAround">For a holding at a date: true when mentions fall on both sides of the date (or on it),
/// false when the last mention is before it and the title was not seen changing hands since.</param>
public sealed record TitleHolding(
    string Title, long PersonId, string Person, string? FirstSeen, string? LastSeen, int Mentions, IReadOnlyList<string> Sources, bool SeenAround);
