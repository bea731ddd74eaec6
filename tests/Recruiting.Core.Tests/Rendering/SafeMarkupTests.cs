using Recruiting.Core.Rendering;

namespace Recruiting.Core.Tests.Rendering;

public sealed class SafeMarkupTests
{
    private readonly SafeHtmlSanitizer _sanitizer = new();
    private readonly BodyRenderer _renderer = new();

    [Theory]
    [InlineData("<p>Plain <strong>strong</strong>, <em>em</em>, <b>b</b>, <i>i</i>, <sup>2</sup> and <sub>n</sub>.<br>Next line</p>")]
    [InlineData("<ul><li>one</li><li>two</li></ul><ol start=\"3\"><li>three</li></ol>")]
    [InlineData("<h2>Role</h2><h3>Team</h3><h4>a</h4><h5>b</h5><h6>c</h6>")]
    [InlineData("<blockquote><p>Quote</p></blockquote><pre><code class=\"language-csharp\">var x = 1 &lt; 2;</code></pre>")]
    [InlineData("<a href=\"https://jobs.example/apply\" title=\"Apply\">Apply</a> <a href=\"/en/careers\">Careers</a> <a href=\"mailto:jobs@example.org\">Mail</a> <a href=\"#benefits\">Benefits</a>")]
    [InlineData("<table><caption>Pay</caption><thead><tr><th scope=\"col\">Level</th><th align=\"right\">Salary</th></tr></thead><tbody><tr><td>1</td><td align=\"right\">10</td></tr></tbody></table>")]
    [InlineData("<details><summary>Benefits</summary><p>Lots</p></details><details open=\"\"><summary>Open</summary>text</details>")]
    [InlineData("<img src=\"https://cdn.example/team.png\" alt=\"Our team\" title=\"Team\" width=\"640\" height=\"480\">")]
    [InlineData("<img src=\"/media/office.jpg\" alt=\"\">")]
    [InlineData("<p><span lang=\"fr\">Bonjour</span> <code>x</code></p><hr><p>after &amp; before</p>")]
    [InlineData("<p>Non&nbsp;breaking</p>")]
    public void Safe_markup_is_kept_exactly(string html)
    {
        var result = _sanitizer.Sanitize(html);
        Assert.Equal(html, result.Html);
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void A_body_h1_becomes_h2_because_the_posting_title_is_the_page_h1()
    {
        Assert.Equal("<h2 title=\"t\">About</h2>", _sanitizer.Sanitize("<h1 title=\"t\">About</h1>").Html);
        Assert.Equal("<h2>About</h2>\n", _renderer.Render("# About"));
    }

    [Fact]
    public void External_links_opening_a_new_tab_get_noopener_noreferrer()
    {
        Assert.Equal("<a href=\"https://x.example/\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>",
            _sanitizer.Sanitize("<a href=\"https://x.example/\" target=\"_blank\" rel=\"opener\">x</a>").Html);
        Assert.Equal("<a href=\"/en/careers\" target=\"_blank\">x</a>", _sanitizer.Sanitize("<a href=\"/en/careers\" target=\"_blank\">x</a>").Html);
        Assert.Equal("<a href=\"https://x.example/\">x</a>", _sanitizer.Sanitize("<a href=\"https://x.example/\">x</a>").Html);
    }

    [Fact]
    public void Unknown_elements_are_unwrapped_and_keep_their_text()
    {
        var result = _sanitizer.Sanitize("<p><font color=\"red\">Hot</font> <blink>job</blink></p>");
        Assert.Equal("<p>Hot job</p>", result.Html);
        Assert.Equal(["<font>", "<blink>"], result.Removed.Where(r => r.Reason == RemovalReason.UnknownElement).Select(r => r.Markup));
    }

    [Fact]
    public void Dangerous_elements_go_with_their_content_and_are_reported()
    {
        var result = _sanitizer.Sanitize("<p>Before</p><script>alert('x')</script><style>p{}</style><iframe src=\"https://x\">fallback</iframe><p>After</p>");
        Assert.Equal("<p>Before</p><p>After</p>", result.Html);
        Assert.Equal(["<script>", "<style>", "<iframe>"], result.Removed.Select(r => r.Markup));
        Assert.All(result.Removed, r => Assert.Equal(RemovalReason.DangerousElement, r.Reason));
    }

    [Fact]
    public void Removed_attributes_and_urls_are_reported_by_kind()
    {
        var result = _sanitizer.Sanitize("<p onclick=\"x()\" style=\"color:red\" class=\"c\">t</p><a href=\"javascript:go()\">link</a>");
        Assert.Equal("<p>t</p>link", result.Html);
        Assert.Equal(
            [(RemovalReason.EventHandler, "onclick"), (RemovalReason.StyleAttribute, "style"), (RemovalReason.DisallowedAttribute, "class"), (RemovalReason.UnsafeUrl, "javascript:")],
            result.Removed.Select(r => (r.Reason, r.Markup)));
    }

    [Fact]
    public void Markdown_renders_commonmark_pipe_tables_and_autolinks()
    {
        var html = _renderer.Render("## Role\n\nYou **build** things, see https://example.org.\n\n| Level | Pay |\n|:--|--:|\n| 1 | 10 |\n");
        Assert.Equal(
            "<h2>Role</h2>\n<p>You <strong>build</strong> things, see <a href=\"https://example.org\">https://example.org</a>.</p>\n" +
            "<table>\n<thead>\n<tr>\n<th align=\"left\">Level</th>\n<th align=\"right\">Pay</th>\n</tr>\n</thead>\n" +
            "<tbody>\n<tr>\n<td align=\"left\">1</td>\n<td align=\"right\">10</td>\n</tr>\n</tbody>\n</table>\n",
            html);
    }

    [Fact]
    public void Raw_html_in_markdown_is_kept_when_safe()
    {
        var html = _renderer.Render("<details>\n<summary>Perks</summary>\n\n- Remote\n\n</details>\n\nText with <span lang=\"fr\">français</span>.");
        Assert.Equal("<details>\n<summary>Perks</summary>\n<ul>\n<li>Remote</li>\n</ul>\n</details>\n<p>Text with <span lang=\"fr\">français</span>.</p>\n", html);
    }
}
