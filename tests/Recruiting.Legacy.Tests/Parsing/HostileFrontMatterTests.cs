using System.Text;
using Recruiting.Legacy.Hugo;
using Recruiting.Legacy.Import;

namespace Recruiting.Legacy.Tests.Parsing;

/// <summary>Front matter and files built to hurt the reader: each refused with its position and the limit it broke, or read as Hugo reads it.</summary>
public sealed class HostileFrontMatterTests
{
    private static ImportMessage Refused(string text)
    {
        var result = HugoParser.Parse(text);
        Assert.Null(result.Document);
        return result.Error!;
    }

    [Fact]
    public void A_self_referencing_alias_is_refused_at_its_line_instead_of_recursing_forever()
    {
        var error = Refused("---\ntitle: Loop\nx: &x [*x]\n---\nBody.\n");
        Assert.Equal(3, error.Line);
        Assert.Contains("inside the value of its own anchor &x", error.Message);
    }

    [Fact]
    public void An_alias_fan_out_is_refused_once_it_passes_the_value_limit()
    {
        var yaml = new StringBuilder("---\ntitle: Laughs\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        foreach (var (name, previous) in new[] { ("b", "a"), ("c", "b"), ("d", "c"), ("e", "d"), ("f", "e"), ("g", "f"), ("h", "g"), ("i", "h") })
            yaml.Append($"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 10))}]\n");
        var error = Refused(yaml.Append("---\nBody.\n").ToString());
        Assert.Contains($"more than {FrontMatterLimits.MaxValues:N0} values", error.Message);
        Assert.True(error.Line is > 3 and < 12, $"line {error.Line}");
    }

    [Fact]
    public void Aliases_within_the_limit_still_read_as_their_values()
    {
        var result = HugoParser.Parse("---\ntitle: Kept\nbase: &b {team: hr}\nother: *b\n---\nBody.\n");
        Assert.Equal("{\"team\":\"hr\"}", LegacyJson.Text(result.Document!.FrontMatter.Single(p => p.Key == "other").Value));
    }

    [Theory]
    [InlineData(33, true)]
    [InlineData(64, true)]
    [InlineData(32, false)]
    public void Nesting_past_the_depth_limit_is_refused(int depth, bool refused)
    {
        var text = $"---\ntitle: Deep\ndescription: d\nx: {new string('[', depth)}{new string(']', depth)}\n---\nBody.\n";
        var result = HugoParser.Parse(text);
        Assert.Equal(refused, result.Document is null);
        if (refused) Assert.Contains($"more than {FrontMatterLimits.MaxDepth} levels deep", result.Error!.Message);
    }

    [Fact]
    public void A_front_matter_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        var error = Refused($"---\ntitle: Big\nnote: '{new string('x', FrontMatterLimits.MaxLength)}'\n---\nBody.\n");
        Assert.Contains($"at most {FrontMatterLimits.MaxLength:N0} are read", error.Message);
    }

    [Theory]
    [InlineData("---\n---\n")]
    [InlineData("---\r\n---\r\n")]
    [InlineData("---\narchived: true\n---\n  \n")]
    public void A_file_with_neither_title_nor_body_is_refused(string text) =>
        Assert.Contains("nothing to import", Refused(text).Message);

    [Fact]
    public void Cr_only_line_endings_are_read_as_Hugo_reads_them()
    {
        var result = HugoParser.Parse("---\rtitle: CR only\rdescription: d\r---\rHello\rworld\r");
        var posting = LegacyPosting.From(result.Document!);
        Assert.Equal(("CR only", "d"), (posting.Fields.Title, posting.Fields.Description));
        Assert.Equal("Hello\rworld\r", posting.Body);
    }

    [Fact]
    public void Json_front_matter_is_named_as_such() =>
        Assert.Contains("JSON", Refused("{\"title\": \"x\"}\nBody.\n").Message);

    [Fact]
    public void A_latin1_file_is_read_as_windows_1252_with_a_warning_naming_the_line()
    {
        var source = LegacyFileText.Decode("a.md", Encoding.Latin1.GetBytes("---\ntitle: Développeur\n---\nÀ bientôt\n"));
        Assert.Equal("---\ntitle: Développeur\n---\nÀ bientôt\n", source.Text);
        Assert.Equal(("warning", "not-utf8", 2), (source.Notice!.Severity, source.Notice.Code, source.Notice.Line));
    }

    [Fact]
    public void Utf8_with_or_without_a_mark_and_utf16_with_one_are_read_without_a_warning()
    {
        const string text = "---\ntitle: Équipe\n---\nCorps\n";
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)] })
        {
            var source = LegacyFileText.Decode("a.md", bytes);
            Assert.Equal(text, source.Text);
            Assert.Null(source.Notice);
        }
    }

    [Fact]
    public void Broken_utf16_and_files_over_the_size_limit_are_errors()
    {
        Assert.Equal("bad-encoding", LegacyFileText.Decode("a.md", [0xFF, 0xFE, 0x2D, 0x00, 0x00, 0xD8, 0x0A, 0x00]).Notice!.Code);
        Assert.Equal("file-too-large", LegacyFileText.Decode("a.md", new byte[LegacyFileText.MaxFileBytes + 1]).Notice!.Code);
    }
}
