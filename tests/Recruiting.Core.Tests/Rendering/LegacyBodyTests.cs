using Recruiting.Core.Rendering;

namespace Recruiting.Core.Tests.Rendering;

public sealed class LegacyBodyTests
{
    private readonly BodyRenderer _renderer = new();

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_render_like_plain_text()
    {
        var plain = _renderer.Render("## Role\n\nLine one\nline two\n");
        Assert.Equal(plain, _renderer.Render("\uFEFF## Role\r\n\r\nLine one\r\nline two\r\n"));
        Assert.Equal(plain, _renderer.Render("## Role\r\rLine one\rline two\r"));
        Assert.DoesNotContain('\r', _renderer.Render("<p>raw\r\nhtml</p>\r\n"));
    }

    [Fact]
    public void Nbsp_entities_render_as_non_breaking_spaces_not_as_text()
    {
        Assert.Equal("<p>Salary:&nbsp;good</p>\n", _renderer.Render("Salary:&nbsp;good"));
        Assert.Equal("<ul>\n<li>A&nbsp;B</li>\n</ul>\n", _renderer.Render("<ul>\n<li>A&nbsp;B</li>\n</ul>"));
    }

    [Fact]
    public void Tabs_inside_lines_and_tab_indented_list_items_render_cleanly()
    {
        Assert.Equal("<p>Pay\tgood</p>\n", _renderer.Render("Pay\tgood"));
        Assert.Equal("<ul>\n<li>one\n<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul>\n", _renderer.Render("- one\n\t- nested"));
    }

    [Theory]
    [InlineData("Write to [us] (mailto:jobs@example.org) today.")]
    [InlineData("See [the site] (https://example.org).")]
    public void Malformed_links_render_their_brackets_as_text(string markdown)
    {
        var html = _renderer.Render(markdown);
        Assert.Contains(markdown[markdown.IndexOf('[')..(markdown.IndexOf(']') + 1)], html);
        Assert.DoesNotContain(">us</a>", html);
        Assert.DoesNotContain(">the site</a>", html);
    }
}
