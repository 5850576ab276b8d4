using System.Text.Json;

namespace Parley.Cli.Tests;

/// <summary>Small invented articles for the tests (no text from the shared corpus).</summary>
internal static class InventedArticles
{
    public const string MeetingText = """
        Maple Council Meets with Visitors from Suzhou
        2024-2-20 09:00:00

        On February 19, Ding Weiran, Chairman of the Maple Council for the Promotion of International Trade, met with Shao Linfeng, Vice Mayor of Suzhou, in Hangzhou.

        The two sides discussed trade promotion and industrial parks.
        """;

    public const string EditedMeetingText = """
        Maple Council Meets with Visitors from Wuxi
        2024-2-21 09:00:00

        On February 20, Ding Weiran, Chairman of the Maple Council for the Promotion of International Trade, met with Guan Shiqi, Vice Mayor of Wuxi, in Hangzhou.

        The two sides discussed exhibitions and logistics.
        """;

    public const string Html = """
        <html><head><title>Birch Council Receives Guests</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Birch Council Receives Guests from Xi'an</h1><p>2023-8-2 14:00:00</p>
        <p>On August 1, Fu Haoyu, President of the Birch Chamber of Commerce, received Xue Mingyang, Deputy Mayor of Xi'an, in Shanghai. They talked about tourism and investment.</p></article>
        <footer>Copyright 2023</footer></body></html>
        """;

    /// <summary>One JSON line holding a text article.</summary>
    public static string JsonLine(string id, string text, string? published = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["text"] = text, ["published"] = published });

    /// <summary>An article about <paramref name="host"/> meeting <paramref name="guest"/>.</summary>
    public static string Meeting(string host, string guest, string city) => $"""
        Council Meets Guests in {city}
        2022-10-12 10:00:00

        On October 11, {host}, Chairman of the Cedar Council for the Promotion of International Trade, met with {guest}, Vice Governor of the province, in {city}.
        """;
}
