using Parley.Model;

namespace Parley.Store.Tests;

/// <summary>Invented stories and page furniture for the near-duplicate tests, and articles built from them.</summary>
internal static class NearDuplicateStories
{
    public const string Ferry =
        "Ana Lima, Mayor of Riverton, met Chen Bo, Chairman of the Harbor Trade Council, in Riverton on May 3. " +
        "The two discussed a new ferry line to the islands, cold-chain warehouses at the east pier and a joint fair for local producers. " +
        "Chen Bo said the council would send a delegation of twenty companies in the autumn, and Ana Lima invited them to the harvest festival. " +
        "Both sides agreed to set up a working group on customs clearance before the end of the year.";

    /// <summary><see cref="Ferry"/> as another site rewrote it: two sentences reworded.</summary>
    public const string FerryReworded =
        "Ana Lima, Mayor of Riverton, met Chen Bo, Chairman of the Harbor Trade Council, in Riverton on May 3. " +
        "The two discussed a new ferry line to the islands, cold-chain warehouses at the east pier and a joint fair for local producers. " +
        "Chen Bo said the council will send a delegation of about twenty firms this autumn, and Ana Lima invited them to the harvest festival. " +
        "Both sides agreed to set up a working group on customs clearance by the end of the year.";

    public const string Orchids =
        "Zoe Park, Governor of Lakeside, opened the spring flower show on April 12, where growers from nine counties showed tulips, lilies and rare orchids. " +
        "Ivo Berg, President of the Growers Union, told visitors that exports of cut flowers doubled last year thanks to the new airport cargo terminal. " +
        "The show runs for a week and ends with an auction of prize-winning plants for charity.";

    public const string RivertonDailyHeader =
        "Riverton Daily | Home | City | Business | Culture | Sports | Opinion | Video | Photos | Subscribe | Sign in\n" +
        "You are here: Home > City > Government affairs\nFont size: Large Medium Small   Print this page   Close window\n";

    public const string RivertonDailyFooter =
        "\nShare to: Mail, Messenger, Microblog\nCopyright 2024 Riverton Daily Media Group. All rights reserved. " +
        "Reproduction without permission is prohibited. Registration number 2024-0098. Contact us | About us | Site map | Advertise with us";

    public const string HarborNewsHeader = "Harbor News Online > Region > Trade\nPublished by the newsroom, updated hourly\n";

    public const string HarborNewsFooter = "\nEditor: Kit Moss\nRelated: Lakeside opens its spring flower show\nMore from the region";

    /// <summary>The same formula the Harbor Trade Council's site uses for every courtesy call, with the visitor filled in.</summary>
    public static string CourtesyCall(string guest, string country) =>
        $"Chen Bo, Chairman of the Harbor Trade Council, met {guest}, Consul General of {country}, in Riverton on May 3. " +
        "The two sides exchanged views on trade, investment and port logistics, and agreed to keep in close contact. " +
        "Officials of the council's liaison department and its exhibition office attended the meeting.";

    /// <summary>An article whose record names <paramref name="people"/> as the participants of one meeting.</summary>
    public static ArticleToStore Article(string sourceKey, string text, params string[] people)
    {
        var id = Path.GetFileNameWithoutExtension(sourceKey);
        var record = new ArticleRecord
        {
            Id = id,
            People = [.. people.Select(name => new PersonRecord { Name = name, Positions = [new PositionRecord { Title = "Delegate" }] })],
            Events = [new EventRecord { Type = EventTypes.Meeting, Start = "2024-05-03", End = "2024-05-03", Location = "Riverton", Participants = people }],
        };
        return Samples.Article(sourceKey, text, record);
    }
}
