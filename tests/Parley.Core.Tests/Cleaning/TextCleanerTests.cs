using Parley.Cleaning;

namespace Parley.Core.Tests.Cleaning;

public sealed class TextCleanerTests
{
    // An invented page with the usual furniture around a two-paragraph story.
    private const string Page = """
        Norland Daily   Mobile   English   Archive
        Home > World > Ports
        World
        Sports
        Weather
        Harbor Town Welcomes Norland Delegation
        Posted: 2022-05-19 08:12   Views: 1,204
        Share   Print   Email   A+ A-
        IMG_20220519_0931.jpg

        Mayor Elda Voss    met a trade   delegation from Norland on Tuesday to discuss shipping lanes and customs clearance.

        Trade envoy Rupert Quill said the two ports would open a joint logistics office next spring.
        https://news.example.org/port-talks
        Related stories
        Harbor Town Opens New Ferry Terminal
        Norland Exporters Eye Southern Markets
        Director: Ann Mole   Deputy Director: Bo Finch
        Copyright © 2022 Norland Daily. All rights reserved.
        Powered by ExamplePress
        """;

    [Fact]
    public void Removes_furniture_and_keeps_headline_date_and_prose()
    {
        var cleaned = TextCleaner.Clean(Page).Text;
        cleaned.ShouldBe(
            "Harbor Town Welcomes Norland Delegation\n" +
            "Posted: 2022-05-19 08:12 Views: 1,204\n\n" +
            "Mayor Elda Voss met a trade delegation from Norland on Tuesday to discuss shipping lanes and customs clearance.\n\n" +
            "Trade envoy Rupert Quill said the two ports would open a joint logistics office next spring.");
    }

    [Fact]
    public void Offsets_map_cleaned_characters_back_to_the_original()
    {
        var cleaned = TextCleaner.Clean(Page);
        var at = cleaned.Text.IndexOf("Rupert Quill", StringComparison.Ordinal);
        var original = cleaned.ToOriginal(new Parley.Text.TextSpan(at, at + "Rupert Quill".Length));
        original.Of(Page).ShouldBe("Rupert Quill");
        var collapsed = cleaned.Text.IndexOf("met a trade delegation", StringComparison.Ordinal);
        cleaned.ToOriginal(new Parley.Text.TextSpan(collapsed, collapsed + 22)).Of(Page).ShouldBe("met a trade   delegation");
    }

    [Fact]
    public void Explains_why_each_line_went()
    {
        var reasons = TextCleaner.Explain(Page).Where(v => !v.IsKept).Select(v => v.Reason).ToHashSet();
        reasons.ShouldContain(LineReason.Breadcrumb);
        reasons.ShouldContain(LineReason.PageControl);
        reasons.ShouldContain(LineReason.ImageFileName);
        reasons.ShouldContain(LineReason.Url);
        reasons.ShouldContain(LineReason.LegalNotice);
        reasons.ShouldContain(LineReason.HeaderFurniture);
        reasons.ShouldContain(LineReason.TrailingFurniture);
    }

    [Fact]
    public void Keeps_a_sentence_cut_off_at_the_end_of_a_truncated_page()
    {
        const string text = "Harbor Town Welcomes Guests\n\nMayor Elda Voss met a trade delegation from Norland on Tuesday in the city hall.\n\nRupert Quill, envoy of the Norl";
        TextCleaner.Clean(text).Text.ShouldEndWith("Rupert Quill, envoy of the Norl");
    }

    [Fact]
    public void Keeps_every_prose_line_even_inside_furniture()
    {
        const string text = "Home | News\nMayor Elda Voss said the port, which opened in 1998, handles most of the region's grain exports.\nShare Print";
        TextCleaner.Clean(text).Text.ShouldBe("Mayor Elda Voss said the port, which opened in 1998, handles most of the region's grain exports.");
    }

    [Fact]
    public void Text_without_furniture_is_unchanged()
    {
        const string text = "Harbor Town Welcomes Guests\n\nMayor Elda Voss met a trade delegation from Norland on Tuesday in the city hall.";
        TextCleaner.Clean(text).Text.ShouldBe(text);
    }
}
