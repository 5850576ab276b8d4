using System.CommandLine;
using Parley.Store.Queries;

namespace Parley.Cli.Commands;

/// <summary>The <c>--level person|org|place</c> option of <c>network</c> and graph exports.</summary>
internal static class NetworkLevelOption
{
    /// <summary>A new <c>--level</c> option; person when not given.</summary>
    public static Option<string> Create()
    {
        var option = new Option<string>("--level")
        {
            Description = "What the nodes are: person; org (organizations taking part, and those participants hold positions in); " +
                          "place (regions: a Chinese province, else the country). Example: --level org",
            DefaultValueFactory = _ => "person",
        };
        option.AcceptOnlyFromAmong("person", "org", "place");
        return option;
    }

    /// <summary>The level the parsed option names.</summary>
    public static NetworkLevel Read(ParseResult parse, Option<string> option) => parse.GetValue(option) switch
    {
        "org" => NetworkLevel.Organization,
        "place" => NetworkLevel.Place,
        _ => NetworkLevel.Person,
    };
}
