namespace Parley.Cli.Tests.Identity;

/// <summary>Invented articles about invented people for the identity commands (no corpus text, no corpus names).</summary>
internal static class IdentityArticles
{
    public const string CouncilMeetsWuxi = """
        Cedar Council Meets Guests from Wuxi
        2021-3-2 10:00:00

        On March 1, Tang Wenyao, Chairman of the Cedar Council for the Promotion of International Trade, met with Ruan Jie, Vice Mayor of Wuxi, in Hangzhou.

        The two sides discussed trade promotion and logistics.
        """;

    public const string CouncilMeetsNingbo = """
        Cedar Council Receives Delegation from Ningbo
        2023-6-11 09:00:00

        On June 10, Tang Wenyao, Chairman of the Cedar Council for the Promotion of International Trade, met with Kong Lei, Deputy Director of the Ningbo Port Authority, in Hangzhou.

        They agreed to expand cooperation on cold chain logistics.
        """;

    /// <summary>The same meeting told again later, with one more sentence: an edited file.</summary>
    public const string CouncilMeetsNingboEdited = CouncilMeetsNingbo + "\nBoth sides will meet again next year.\n";

    public const string CompanyHead = """
        Battery Maker Signs Supply Deal
        2021-5-9 10:00:00

        On May 8, Qiu Ning, Chief Executive of Sunlit Batteries Co., Ltd., met with Eva Lindqvist, Director of Nordic Cells, in Shenzhen.

        The two companies discussed battery supply chains.
        """;

    public const string Official = """
        Hubei Officials Meet Investors
        2021-6-19 10:00:00

        On June 18, Qiu Ning, Vice Governor of Hubei Province, met with Pan Wei, President of the Yangtze Shipping Association, in Wuhan.

        They discussed investment in inland ports.
        """;
}
