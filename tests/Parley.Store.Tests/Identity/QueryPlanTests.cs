using Dapper;
using Parley.Store.Identity;

namespace Parley.Store.Tests.Identity;

/// <summary>
/// The person and organization queries must stay fast however large the knowledge base grows: each one
/// starts from one entity's or one name's rows through an index and never scans a table.
/// </summary>
public sealed class QueryPlanTests : IDisposable
{
    private readonly IdentityStore db = new();

    public void Dispose() => db.Dispose();

    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        foreach (var (owner, statements) in new[]
                 {
                     ("PersonProfiles", PersonProfiles.Statements), ("PersonDirectory", PersonDirectory.Statements),
                     ("OrganizationHolders", OrganizationHolders.Statements), ("EntityContextReader", EntityContextReader.Statements),
                 })
            for (var i = 0; i < statements.Count; i++) data.Add($"{owner}[{i}]", statements[i]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_reads_through_indexes_only(string name, string sql)
    {
        db.Save(new TestArticle("a", "2024-01-01").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2024-01-01", "Hangzhou", "Tang Wenyao"));

        var plan = db.Query<string>("EXPLAIN QUERY PLAN " + sql, new { Id = 1L, Entity = 1L, Recent = 10, Limit = 20, Events = new[] { 1L, 2L }, Ids = new[] { 1L, 2L }, LookupKey = "tang wenyao", NameKey = "tang wenyao" });

        // A scan over a subquery's or view's own result is fine; a scan of a stored table is not.
        plan.Where(step => step.StartsWith("SCAN ", StringComparison.Ordinal) && !step.Contains("subquery", StringComparison.Ordinal) && !step.StartsWith("SCAN x", StringComparison.Ordinal))
            .ShouldBeEmpty($"{name} scans: {string.Join(" | ", plan)}");
    }
}
