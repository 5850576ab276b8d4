using Parley.Store.Export;

namespace Parley.Store.Tests;

public class CsvWriterTests
{
    [Fact]
    public void WriteRow_QuotesOnlyFieldsThatNeedIt()
    {
        var output = new StringWriter();
        var csv = new CsvWriter(output);

        csv.WriteRow("plain", "a,b", "say \"hi\"", "two\nlines", null, "");

        output.ToString().ShouldBe("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\r\n");
    }

    [Fact]
    public void WriteRow_RoundTripsThroughAReader()
    {
        string[] fields = ["Chen Bo", "Harbor, Trade \"Council\"", "line1\r\nline2", " padded "];
        var output = new StringWriter();

        new CsvWriter(output).WriteRow(fields);

        CsvTestReader.Parse(output.ToString()).ShouldHaveSingleItem().ShouldBe(fields);
    }
}
