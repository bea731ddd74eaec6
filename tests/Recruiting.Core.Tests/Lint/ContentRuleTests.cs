using Recruiting.Core.Content;
using Recruiting.Core.Lint;
using Recruiting.Core.Lint.Rules;

namespace Recruiting.Core.Tests.Lint;

public sealed class ContentRuleTests
{
    private static PostingContent Body(string markdown, string description = "Build data pipelines.") =>
        new() { Title = "Data engineer", Description = description, BodyMarkdown = markdown };

    private static List<LintFinding> Findings(PostingContent content, string ruleId) =>
        ContentLint.Check(content).Where(f => f.RuleId == ruleId).ToList();

    [Fact]
    public void Clean_content_has_no_findings()
    {
        Assert.Empty(ContentLint.Check(Body("## Role\n\nSee [our site](https://example.org).\n\n### Team\n\n<details><summary>Perks</summary>Remote</details>\n")));
    }

    [Theory]
    [InlineData("[x](htp:/broken link)", "htp:/broken link")]
    [InlineData("[apply](javascript:alert(1))", "javascript:alert")]
    [InlineData("Write to [us](mailt:jobs@example.org).", "mailt:jobs@example.org")]
    [InlineData("[ref][1]\n\n[1]: ftp://files.example.org/job.pdf", "ftp://files.example.org/job.pdf")]
    public void A_link_whose_scheme_is_not_http_https_or_mailto_is_reported_on_its_line(string markdown, string url)
    {
        var finding = Assert.Single(Findings(Body(markdown), LinkSchemeRule.Id));
        Assert.Equal(("BodyMarkdown", 1), (finding.Field, finding.Line));
        Assert.Contains($"'{url}", finding.Message);
    }

    [Fact]
    public void Web_mail_and_relative_links_and_code_pass_the_scheme_check()
    {
        Assert.Empty(Findings(Body("[a](https://example.org) [b](http://example.org) [c](mailto:jobs@example.org) [d](/en/careers/) [e](#apply)\n\n    [f](htp:/in code)\n"), LinkSchemeRule.Id));
    }

    [Theory]
    [InlineData("7733ffc7-8df0-4ff2-bef3-f4e97b52e5de", false)]
    [InlineData("7733FFC7-8DF0-4FF2-BEF3-F4E97B52E5DE", false)]
    [InlineData("", false)]
    [InlineData("123456", true)]
    [InlineData("7733ffc7-8df0-4ff2-bef3", true)]
    [InlineData("{7733ffc7-8df0-4ff2-bef3-f4e97b52e5de}", true)]
    [InlineData("senior-designer", true)]
    public void A_lever_id_that_is_not_a_guid_is_reported_on_its_field(string leverId, bool reported)
    {
        var findings = Findings(Body("## Role") with { LeverId = leverId }, LeverIdFormatRule.Id);
        Assert.Equal(reported ? 1 : 0, findings.Count);
        if (reported)
        {
            Assert.Equal(("LeverId", null), (findings[0].Field, findings[0].Line));
            Assert.Contains($"'{leverId}' is not a GUID", findings[0].Message);
            Assert.Contains("jobs.lever.co", findings[0].Fix);
        }
    }

    [Fact]
    public void Malformed_links_are_found_with_their_line_and_the_fix()
    {
        var findings = Findings(Body("## Apply\n\nWrite to [us] (mailto:jobs@example.org)\r\nor [the site]\t(https://example.org) today."), MalformedLinkRule.Id);
        Assert.Equal([3, 4], findings.Select(f => f.Line));
        Assert.Contains("[us](mailto:jobs@example.org)", findings[0].Fix);
        Assert.Contains("[the site](https://example.org)", findings[1].Fix);
    }

    [Fact]
    public void Malformed_links_inside_code_blocks_are_not_reported()
    {
        Assert.Empty(Findings(Body("```\n[us] (mailto:jobs@example.org)\n```\n\n    [x] (https://example.org)\n"), MalformedLinkRule.Id));
    }

    [Fact]
    public void Skipped_heading_levels_and_body_h1_are_reported()
    {
        var findings = Findings(Body("# Title again\n\n## Role\n\n#### Details\n\n## Team\n\n### Ok\n\nSetext\n------\n\n##### Deep"), HeadingLevelRule.Id);
        Assert.Equal([1, 5, 14], findings.Select(f => f.Line));
        Assert.Contains("Use ## instead of #", findings[0].Fix);
        Assert.Contains("level 3 is skipped", findings[1].Message);
        Assert.Contains("Use ###", findings[2].Fix);
    }

    [Fact]
    public void A_first_heading_below_level_two_is_a_skip()
    {
        Assert.Equal([1], Findings(Body("### Role"), HeadingLevelRule.Id).Select(f => f.Line));
        Assert.Empty(Findings(Body("## Role\n\n### A\n\n## B\n\n### C\n\n#### D"), HeadingLevelRule.Id));
    }

    [Fact]
    public void A_description_longer_than_a_search_snippet_is_reported()
    {
        Assert.Empty(Findings(Body("x", new string('a', DescriptionLengthRule.MaxLength)), DescriptionLengthRule.Id));
        var finding = Assert.Single(Findings(Body("x", new string('a', DescriptionLengthRule.MaxLength + 1)), DescriptionLengthRule.Id));
        Assert.Equal("Description", finding.Field);
        Assert.Null(finding.Line);
        Assert.Contains("161 characters", finding.Message);
    }

    [Fact]
    public void Raw_html_the_sanitizer_removes_is_reported_on_its_line()
    {
        var findings = Findings(Body("## Role\n\n<script>\nalert(1)\n</script>\n\nText <span onclick=\"go()\">here</span>.\n\n[x](javascript:alert(1)) <font>old</font>\n\n<!-- a comment is fine -->"), RemovedHtmlRule.Id);
        Assert.Equal([3, 7, 9, 9], findings.Select(f => f.Line).OrderBy(l => l));
        Assert.Contains(findings, f => f.Message.Contains("<script>"));
        Assert.Contains(findings, f => f.Message.Contains("onclick"));
        Assert.Contains(findings, f => f.Message.Contains("javascript:"));
        Assert.Contains(findings, f => f.Message.Contains("<font>"));
    }

    [Fact]
    public void Removals_from_several_pieces_of_raw_html_on_one_line_are_reported_in_the_order_written()
    {
        var findings = Findings(Body("Text <span onclick=\"a()\">x</span> and <em style=\"c\">y</em> and <a href=\"javascript:z\">q</a>."), RemovedHtmlRule.Id);
        Assert.Equal([("span", "onclick"), ("em", "style"), ("a", "javascript:")], findings.Select(f => (f.Args[0], f.Args[1])));
        Assert.All(findings, f => Assert.Equal(1, f.Line));
    }

    [Fact]
    public void Raw_html_inside_an_element_removed_whole_or_read_as_text_is_reported_on_its_own_line()
    {
        var findings = Findings(Body("A <video>\n<source onerror=\"x()\">\n</video>\n\nA <xmp>b <b onclick=\"y()\">c</b></xmp>\n\nAn <svg><script>alert(1)</script></svg> icon"), RemovedHtmlRule.Id);
        Assert.Equal([(1, "<video>"), (2, "<source>"), (5, "<xmp>"), (5, "onclick"), (7, "<svg>"), (7, "<script>")],
            findings.Select(f => (f.Line ?? 0, f.Args[1])));
    }

    [Fact]
    public void An_event_handler_on_a_cell_written_in_a_markdown_table_is_reported_because_the_page_keeps_the_cell()
    {
        // Parsed alone, a <td> outside a table is no element, so the lint said nothing; in the page it opens a cell,
        // and the sanitizer removes its handler.
        var finding = Assert.Single(Findings(Body("| a | b |\n|---|---|\n| <td onclick=\"x()\">c | d |"), RemovedHtmlRule.Id));
        Assert.Equal((3, "onclick"), (finding.Line, finding.Args[1]));
    }

    [Fact]
    public void Http_links_are_reported_in_markdown_autolinks_and_raw_html()
    {
        var findings = Findings(Body("[a](http://a.example)\n\nsee http://b.example\n\n<p><a href=\"http://c.example\">c</a></p>\n\n![i](http://d.example/i.png) [ok](https://e.example)"), HttpLinkRule.Id);
        Assert.Equal([1, 3, 5, 7], findings.Select(f => f.Line));
        Assert.Contains("http://c.example", findings[2].Message);
    }

    [Fact]
    public void Findings_become_field_issues_with_a_stable_code()
    {
        var issue = Findings(Body("Write to [us] (mailto:x@y.example)"), MalformedLinkRule.Id).Single().ToFieldIssue();
        Assert.Equal("BodyMarkdown", issue.Field);
        Assert.Equal("lint.malformed-link", issue.Code);
        Assert.StartsWith("Line 1: ", issue.Message);
    }
}
