using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>The output options the query commands share: <c>--limit</c> and <c>--json</c>.</summary>
internal static class QueryOptions
{
    /// <summary>A <c>--limit N</c> option (0 = all) defaulting to <paramref name="defaultLimit"/>.</summary>
    public static Option<int> Limit(string rows, int defaultLimit)
    {
        var option = new Option<int>("--limit")
        {
            Description = $"Show at most this many {rows} (0 shows all). Example: --limit 200",
            DefaultValueFactory = _ => defaultLimit,
            HelpName = "N",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError("--limit must be 0 (all) or more");
        });
        return option;
    }

    /// <summary>A <c>--json</c> switch printing <paramref name="shape"/>.</summary>
    public static Option<bool> Json(string shape) => new("--json")
    {
        Description = $"Print JSON instead of a table: {shape}. Example: --json",
    };
}
