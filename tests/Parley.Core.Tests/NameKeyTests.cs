using Parley.Text;
namespace Parley.Core.Tests;

public class NameKeyTests
{
    [Theory]
    [InlineData("Chen Bo", "chen bo")]
    [InlineData("  CHEN-BO ", "chen bo")]
    [InlineData("Chen‐Bo", "chen bo")]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("The Harbor Trade Council", "harbor trade council")]
    [InlineData("Theodor Lima", "theodor lima")]
    [InlineData("O'Neil,  Ana.", "o neil ana")]
    [InlineData("ＣＣＰＩＴ Beijing", "ccpit beijing")]
    [InlineData("Nguyễn Xuân Phúc", "nguyen xuan phuc")]
    [InlineData("Ærø Ĳssel", "ærø ijssel")]
    [InlineData("---", "")]
    public void Of_NormalizesLikeTheScorer(string name, string key) => NameKey.Of(name).ShouldBe(key);
}
