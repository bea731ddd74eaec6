using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed class WordDiffTests
{
    private static string Render(IEnumerable<DiffSpan> spans) =>
        string.Concat(spans.Select(s => s.Kind switch { DiffKind.Added => "{+" + s.Text + "+}", DiffKind.Removed => "[-" + s.Text + "-]", _ => s.Text }));

    [Fact]
    public void Marks_only_the_words_that_changed()
    {
        Assert.Equal("Senior [-data-]{+platform+} engineer, Montréal", Render(WordDiff.Compare("Senior data engineer, Montréal", "Senior platform engineer, Montréal")));
        Assert.Equal("Apply by [-May-]{+June+} 1{+!+}", Render(WordDiff.Compare("Apply by May 1", "Apply by June 1!")));
    }

    [Theory]
    [InlineData("a b\nc", "a B\nc\nd")]
    [InlineData("", "Tout est nouveau.")]
    [InlineData("Tout disparaît.", "")]
    [InlineData("x  y\t\tz", "x y z")]
    public void The_spans_give_back_both_texts_exactly(string before, string after)
    {
        var spans = WordDiff.Compare(before, after);
        Assert.Equal(before, string.Concat(spans.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(spans.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
    }

    [Fact]
    public void Windows_line_ends_are_not_a_change_and_nothing_to_compare_gives_nothing()
    {
        Assert.Equal([new DiffSpan(DiffKind.Same, "a\nb")], WordDiff.Compare("a\r\nb", "a\nb"));
        Assert.Empty(WordDiff.Compare("", ""));
    }
}
