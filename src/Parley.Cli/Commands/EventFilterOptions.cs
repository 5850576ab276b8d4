using System.CommandLine;
using System.CommandLine.Parsing;
using Parley.Model;
using Parley.Store.Queries;

namespace Parley.Cli.Commands;

/// <summary>
/// The event filter options <c>events</c>, <c>network</c> and <c>export</c> share (one set per command:
/// System.CommandLine options belong to one command each). All given options must hold.
/// </summary>
internal sealed class EventFilterOptions
{
    private readonly Option<DateBound?> from = DateOption("--from", "Events starting on or after this day, month or year. Example: --from 2023-07");
    private readonly Option<DateBound?> to = DateOption("--to", "Events starting on or before this day, month or year (all of it). Example: --to 2023-12-31");
    private readonly Option<string?> type = Choice("--type", helpName: null, "meeting, visit, conference or signing. Example: --type meeting",
        EventTypes.Meeting, EventTypes.Visit, EventTypes.Conference, EventTypes.Signing);
    private readonly Option<string?> mode = Choice("--mode", helpName: null, "in_person or virtual. Example: --mode virtual", EventModes.InPerson, EventModes.Virtual);
    private readonly Option<string?> place = Text("--place", "PLACE",
        "Events held in this place or anywhere inside it (a province takes in its cities and counties). Example: --place Jiangsu");
    private readonly Option<string?> person = Text("--person", "NAME",
        "Events this person took part in (case, accents and hyphens do not matter). Example: --person \"Zhao Minghui\"");
    private readonly Option<string?> org = Text("--org", "NAME",
        "Events this organization took part in, or where a participant held a position in it. Example: --org \"Riverton Trade Council\"");
    private readonly Option<string?> topic = Choice("--topic", "TOPIC", "A topic label of the spec: " + string.Join(", ", Topics.All) + ". Example: --topic trade",
        [.. Topics.All]);
    private readonly Option<string?> text = Text("--text", "WORDS",
        "Events reported by articles whose title or text contain all these words (full-text search). Example: --text \"cold chain\"");

    /// <summary>Every filter option, to add to a command.</summary>
    public IEnumerable<Option> All => [from, to, type, mode, place, person, org, topic, text];

    /// <summary>The filter the parsed options describe.</summary>
    public EventFilter Read(ParseResult parse) => new()
    {
        From = parse.GetValue(from),
        To = parse.GetValue(to),
        Type = parse.GetValue(type),
        Mode = parse.GetValue(mode),
        Place = parse.GetValue(place),
        Person = parse.GetValue(person),
        Organization = parse.GetValue(org),
        Topic = parse.GetValue(topic),
        Text = parse.GetValue(text),
    };

    private static Option<DateBound?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result =>
        {
            var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateBound.TryParse(value, out var bound)) return bound;
            result.AddError($"{name}: '{value}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
            return null;
        },
    };

    // Without a help name the help shows the values as <a|b|c>; fourteen topics are listed in the description instead.
    private static Option<string?> Choice(string name, string? helpName, string description, params string[] values)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = helpName };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    private static Option<string?> Text(string name, string helpName, string description) =>
        new(name) { Description = description, HelpName = helpName };
}
