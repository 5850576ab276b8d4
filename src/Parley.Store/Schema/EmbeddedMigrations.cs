using System.Globalization;
using System.Reflection;

namespace Parley.Store.Schema;

/// <summary>The migration scripts shipped inside this assembly as <c>Migrations/NNNN_name.sql</c>.</summary>
public static class EmbeddedMigrations
{
    private const string Prefix = "Parley.Store.Migrations.";

    /// <summary>All shipped migrations, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>The schema version this build creates and understands.</summary>
    public static int LatestVersion => All[^1].Version;

    private static Migration[] Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToArray();
        if (migrations.Length == 0) throw new InvalidOperationException("No migration scripts are embedded.");
        // A repeated number would apply one of the two scripts and silently skip the other. Gaps are allowed:
        // numbers are reserved per change, and a branch may ship a later number before an earlier one exists.
        for (var i = 0; i < migrations.Length; i++)
            if (migrations[i].Version < 1 || (i > 0 && migrations[i].Version == migrations[i - 1].Version))
                throw new InvalidOperationException($"Migration script numbers must be positive and unique; found {migrations[i].Name}.");
        return migrations;
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        var name = resourceName[Prefix.Length..];
        var digits = name.Split('_', 2)[0];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new InvalidOperationException($"Migration script '{name}' must start with its version number, e.g. 0002_add_roles.sql.");
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}
