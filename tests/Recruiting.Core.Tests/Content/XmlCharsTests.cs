using Recruiting.Core.Content;

namespace Recruiting.Core.Tests.Content;

public sealed class XmlCharsTests
{
    private static readonly string Long = new('a', 100);

    [Theory]
    [InlineData("")]
    [InlineData("Développeur\tà Montréal\r\n")]
    [InlineData("\uE000 private use, \uFFFD replacement")]
    [InlineData("a pair: \uD83D\uDE00, then text")]
    public void Text_xml_can_carry_has_no_invalid_character(string text)
    {
        Assert.Equal(-1, XmlChars.FirstInvalid(text));
        Assert.Equal(-1, XmlChars.FirstInvalid(Long + text + Long));
    }

    [Theory]
    [InlineData("\u0001", 0)]
    [InlineData("ab\u000Bc", 2)]
    [InlineData("ab\u000C", 2)]
    [InlineData("é\u001F", 1)]
    [InlineData("\uFFFE", 0)]
    [InlineData("x\uFFFF", 1)]
    [InlineData("\uD83D\uDE00\u0000", 2)]
    public void The_first_character_xml_cannot_carry_is_found(string text, int at)
    {
        Assert.Equal(at, XmlChars.FirstInvalid(text));
        Assert.Equal(Long.Length + at, XmlChars.FirstInvalid(Long + text + Long));
    }

    /// <summary>Unpaired surrogates, built here: test data in attributes would reach the test as U+FFFD.</summary>
    [Fact]
    public void An_unpaired_surrogate_is_found()
    {
        foreach (var (text, at) in new[] { ("a\uD800", 1), ("a\uD800b", 1), ("a\uDC00\uD800", 1), ("\uD83D\uDE00\uDE00", 2) })
        {
            Assert.Equal(at, XmlChars.FirstInvalid(text));
            Assert.Equal(Long.Length + at, XmlChars.FirstInvalid(Long + text + Long));
        }
    }

    [Fact]
    public void Strip_keeps_everything_else() =>
        Assert.Equal(Long + "ab\uD83D\uDE00c\t" + Long, XmlChars.Strip(Long + "a\u0001b\uD83D\uDE00\uDC00c\uFFFF\t" + Long));
}
