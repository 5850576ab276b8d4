using Parley.Store.Identity;

namespace Parley.Store.Tests.Identity;

public sealed class PersonNameKeyTests
{
    [Theory]
    [InlineData("PENG Rui")]
    [InlineData("Peng Rui")]
    [InlineData("Peng-Rui")]
    [InlineData("Mr. Peng Rui")]
    [InlineData("H.E. Peng Rui")]
    [InlineData("His Excellency Peng Rui")]
    public void Case_punctuation_and_honorifics_do_not_change_the_name(string written)
    {
        var key = PersonNameKey.Of(written);

        key.NameKey.ShouldBe("peng rui");
        key.LookupKey.ShouldBe(PersonNameKey.Of("Peng Rui").LookupKey);
    }

    [Fact]
    public void Diacritics_do_not_change_the_name()
    {
        PersonNameKey.Of("Nguyễn Thị Lan").ShouldBe(PersonNameKey.Of("Nguyen Thi Lan"));
        PersonNameKey.Of("Lǚ Qingsong").LookupKey.ShouldBe(PersonNameKey.Of("Lu Qingsong").LookupKey);
    }

    [Fact]
    public void A_chinese_name_in_western_order_has_the_same_lookup_key_but_another_order()
    {
        var chinese = PersonNameKey.Of("Guo Minghui");
        var western = PersonNameKey.Of("Minghui Guo");

        western.LookupKey.ShouldBe(chinese.LookupKey);
        // "Minghui" is no family name, so the order can be told and both read family name first.
        western.OrderedKey.ShouldBe(chinese.OrderedKey);
        chinese.IsShortChineseName.ShouldBeFalse();
    }

    [Fact]
    public void A_name_that_reads_as_chinese_both_ways_keeps_its_written_order()
    {
        var written = PersonNameKey.Of("Qiu Ning");
        var swapped = PersonNameKey.Of("Ning Qiu");

        swapped.LookupKey.ShouldBe(written.LookupKey);
        swapped.OrderedKey.ShouldNotBe(written.OrderedKey);
        written.IsShortChineseName.ShouldBeTrue();
    }

    [Fact]
    public void A_given_name_spelled_apart_or_together_is_one_name()
    {
        PersonNameKey.Of("Zhou Xiao Ming").LookupKey.ShouldBe(PersonNameKey.Of("Zhou Xiaoming").LookupKey);
        PersonNameKey.Of("Zhou Xiao-ming").LookupKey.ShouldBe(PersonNameKey.Of("Zhou Xiaoming").LookupKey);
    }

    [Fact]
    public void Other_names_keep_their_order_and_drop_initials_for_lookup()
    {
        PersonNameKey.Of("Olivia T. Grant").LookupKey.ShouldBe("olivia grant");
        PersonNameKey.Of("Grant Olivia").LookupKey.ShouldNotBe("olivia grant");
        PersonNameKey.Of("Olivia Grant").IsShortChineseName.ShouldBeFalse();
    }
}
