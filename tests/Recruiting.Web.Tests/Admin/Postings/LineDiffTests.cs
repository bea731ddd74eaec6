using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed class LineDiffTests
{
    private static string Render(IEnumerable<DiffLine> lines) =>
        string.Join("|", lines.Select(l => (l.Kind switch { DiffKind.Added => "+", DiffKind.Removed => "-", _ => " " }) + l.Text));

    [Fact]
    public void Keeps_common_lines_and_marks_removed_and_added_ones()
    {
        Assert.Equal(" a|-b|+B| c|+d", Render(LineDiff.Compare("a\nb\nc", "a\nB\nc\nd")));
    }

    [Fact]
    public void Finds_the_longest_common_subsequence_not_just_prefix_and_suffix()
    {
        Assert.Equal("-x| a|+y| b|-z| c", Render(LineDiff.Compare("x\na\nb\nz\nc", "a\ny\nb\nc")));
    }

    [Fact]
    public void Handles_empty_texts_and_windows_line_ends()
    {
        Assert.Equal("+a|+b", Render(LineDiff.Compare("", "a\r\nb")));
        Assert.Equal("-a", Render(LineDiff.Compare("a", "")));
        Assert.Empty(LineDiff.Compare("", ""));
    }
}
