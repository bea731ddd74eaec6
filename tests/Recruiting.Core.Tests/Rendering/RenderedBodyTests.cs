using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recruiting.Core.Rendering;

namespace Recruiting.Core.Tests.Rendering;

/// <summary>The body rendered once for the public page and for the removed-html lint (<see cref="BodyRenderer.RenderLocated"/>).</summary>
public sealed class RenderedBodyTests
{
    private static readonly BodyRenderer Renderer = new();
    private static readonly SafeHtmlSanitizer Sanitizer = new();

    /// <summary>Raw HTML in the places where a piece parsed alone could read otherwise than in its page.</summary>
    public static TheoryData<string> Bodies() => new(XssCorpusTests.Vectors().Select((object[] row) => (string)row[0]).Concat(
    [
        "<p align=\"center\"><img src=\"/a.jpg\" alt=\"A\" width=\"600\" style=\"border:0\"></p>\n\n<details>\n<summary>Perks</summary>\n<p onclick=\"x()\">Pension</p>\n</details>",
        "Text <span onclick=\"a()\">x</span> and <em style=\"c\">y</em> and <a href=\"javascript:z\">q</a> on one line",
        "<video>\n<source onerror=x>\n</video>",
        "A <video>\n<source onerror=x>\n</video>",
        "<xmp>\n\n<img src=x onerror=y>\n\n</xmp>",
        "<textarea>\n\n<img onerror=x>\n\nmore <b onclick=y>z</b>",
        "<table>\n\n<tr><td style=\"color:red\">x</td></tr>\n\n</table>",
        "a <b onclick=x>a\n\nb</b> c",
        "<p><b onclick=x>a<p>b</b>c</p>",
        "<details>\n<summary>B</summary>\n\n- a <span style=\"x\">y</span>\n\n</details>",
        "x <svg><script>alert(1)</script></svg> y <span onclick=z>w</span>",
        "<template><script>alert(1)</script></template>",
        "![<span onclick=x>a</span>](i.png)",
        "<!-- c -->\n\n<span onclick=y>q</span>",
        "<isindex prompt=x>\n\n<span onclick=y>t</span>",
    ]));

    [Theory, MemberData(nameof(Bodies))]
    public void The_located_rendering_is_the_same_html(string body)
    {
        var parsed = MarkdownBody.Parse(body);
        Assert.Equal(Renderer.Render(parsed), Renderer.RenderLocated(parsed.Document).Html);
    }

    [Theory, MemberData(nameof(Bodies))]
    public void What_the_page_tells_of_a_piece_of_raw_html_is_what_the_piece_alone_holds(string body)
    {
        var document = MarkdownBody.Parse(body).Document;
        var rendered = Renderer.RenderLocated(document);
        foreach (var (piece, html) in RawHtml(document))
            if (rendered.RemovalsFrom(piece) is { } removed)
                Assert.Equal(Sanitizer.Removals(html), removed);
    }

    [Fact]
    public void A_piece_inside_another_pieces_removed_element_or_read_as_text_is_left_to_be_parsed_alone()
    {
        var document = MarkdownBody.Parse("A <video><source onerror=x></video>, a <xmp>a <b onclick=y>b</b></xmp> and <span onclick=z>c</span>").Document;
        var rendered = Renderer.RenderLocated(document);
        var tags = document.Descendants<HtmlInline>().ToDictionary(h => h.Tag);
        Assert.Equal([new RemovedMarkup(RemovalReason.DangerousElement, "<video>", "video")], rendered.RemovalsFrom(tags["<video>"]));
        Assert.Null(rendered.RemovalsFrom(tags["<source onerror=x>"]));
        Assert.Null(rendered.RemovalsFrom(tags["<b onclick=y>"]));
        Assert.Equal([new RemovedMarkup(RemovalReason.EventHandler, "onclick", "span")], rendered.RemovalsFrom(tags["<span onclick=z>"]));
    }

    [Fact]
    public void A_removal_no_tag_wrote_leaves_every_piece_to_be_parsed_alone()
    {
        var document = MarkdownBody.Parse("x <svg><script>alert(1)</script></svg> y <span onclick=z>w</span>").Document;
        var rendered = Renderer.RenderLocated(document);
        Assert.All(document.Descendants<HtmlInline>(), piece => Assert.Null(rendered.RemovalsFrom(piece)));
    }

    private static IEnumerable<(MarkdownObject, string)> RawHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Select(b => ((MarkdownObject)b, b.Lines.ToString()))
            .Concat(document.Descendants<HtmlInline>().Select(h => ((MarkdownObject)h, h.Tag)));
}
