using Parley.Model;

namespace Parley.Core.Tests;

public class RecordJsonTests
{
    [Fact]
    public void Serialize_UsesSpecFieldNamesAndKeepsNullOrg()
    {
        var record = new ArticleRecord
        {
            Id = "x",
            People = [new PersonRecord { Name = "Ana Lima", Positions = [new PositionRecord { Title = "Mayor" }] }],
        };

        var json = RecordJson.Serialize(record, indented: false);

        json.ShouldContain("\"people\":[{\"name\":\"Ana Lima\",\"positions\":[{\"title\":\"Mayor\",\"org\":null");
        json.ShouldContain("\"published\":null");
        RecordJson.Deserialize(json).People[0].Name.ShouldBe("Ana Lima");
    }
}
