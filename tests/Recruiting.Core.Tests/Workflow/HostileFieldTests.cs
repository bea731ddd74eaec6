using Recruiting.Core.Content;
using Recruiting.Core.Lint;
using Recruiting.Core.Rendering;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Tests.Workflow;

/// <summary>The validator's rules against hostile text: characters XML cannot carry, lengths, bodies that cannot be rendered safely.</summary>
public sealed class HostileFieldTests
{
    private static List<FieldIssue> Errors(PostingContent content, string slug = "a-posting", string key = "")
    {
        var input = new PostingInput("en", slug, key, content);
        return PostingValidator.Validate(input, new LintedContent(content)).Errors;
    }

    private static PostingContent Valid => new() { Title = "Title", Description = "Description.", BodyMarkdown = "Body." };

    [Theory]
    [InlineData(0x0000)]
    [InlineData(0x0001)]
    [InlineData(0x0008)]
    [InlineData(0x000B)]
    [InlineData(0x000C)]
    [InlineData(0x001F)]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Every_character_XML_cannot_carry_is_refused_in_every_text_field(int codePoint)
    {
        var bad = ((char)codePoint).ToString(); // as a number: a lone surrogate in a string would not survive the theory's data
        var cases = new (string Field, PostingContent Content)[]
        {
            ("Title", Valid with { Title = "A" + bad }), ("Description", Valid with { Description = "A" + bad }),
            ("BodyMarkdown", Valid with { BodyMarkdown = "Line\nA" + bad }), ("LeverId", Valid with { LeverId = bad }),
            ("EmploymentType", Valid with { EmploymentType = bad }), ("Aliases", Valid with { Aliases = ["/a" + bad] }),
            ("Urls", Valid with { Urls = ["/a" + bad] }), ("ExtraFrontMatter", Valid with { ExtraFrontMatter = new Dictionary<string, string> { ["k"] = "\"" + bad + "\"" } }),
        };
        foreach (var (field, content) in cases)
            Assert.Contains(Errors(content), e => e.Field == field && e.Code == "invalid-character");
        Assert.Contains(Errors(Valid, key: "k" + bad), e => e.Field == "TranslationKey" && e.Code == "invalid-character");
    }

    [Fact]
    public void Tabs_line_ends_paired_surrogates_and_other_characters_are_accepted()
    {
        var content = Valid with { Title = "Tab\there 😀 é ‘quote’", BodyMarkdown = "a\r\nb\tc\u0085\u00A0😀" };
        Assert.Empty(Errors(content));
        Assert.Equal("line 2", $"line {Errors(Valid with { BodyMarkdown = "ok\nbad\u0001" }).Single().Message.Split('\'')[3]}");
    }

    [Fact]
    public void Lengths_are_the_columns_lengths()
    {
        Assert.Empty(Errors(Valid with { Title = new string('t', PostingLimits.Title), LeverId = new string('l', PostingLimits.LeverId) }, key: new string('k', PostingLimits.TranslationKey)));
        var errors = Errors(Valid with { Title = new string('t', 501), LeverId = new string('l', 101), Urls = ["/" + new string('u', 500)], BodyMarkdown = new string('b', PostingLimits.Body + 1) },
            key: new string('k', 201));
        Assert.Equal(["BodyMarkdown", "LeverId", "Title", "TranslationKey", "Urls"], errors.Where(e => e.Code == "too-long").Select(e => e.Field).Order());
    }

    [Fact]
    public void Bodies_nested_past_the_bounds_are_refused_and_their_neighbours_render()
    {
        Assert.Contains(Errors(Valid with { BodyMarkdown = new string('*', 300) + "x" + new string('*', 300) }), e => e.Code == "body-too-nested");
        Assert.Contains(Errors(Valid with { BodyMarkdown = new string('>', 150) + " x" }), e => e.Code == "body-too-nested");
        Assert.Contains(Errors(Valid with { BodyMarkdown = string.Concat(Enumerable.Repeat("<div>", HtmlNesting.MaxDepth + 1)) }), e => e.Code == "body-html-too-nested");
        Assert.Contains(Errors(Valid with { BodyMarkdown = "x " + string.Concat(Enumerable.Range(0, HtmlNesting.MaxOpenFormatting + 1).Select(i => $"<b id=\"{i}\">")) }), e => e.Code == "body-html-open-formatting");

        Assert.Empty(Errors(Valid with { BodyMarkdown = string.Concat(Enumerable.Repeat("<div>", HtmlNesting.MaxDepth)) + string.Concat(Enumerable.Repeat("</div>", HtmlNesting.MaxDepth)) }));
        Assert.Empty(Errors(Valid with { BodyMarkdown = string.Concat(Enumerable.Repeat("<p>para", 500)) + string.Concat(Enumerable.Repeat("<b>x</b>", 500)) }));
        var renderer = new BodyRenderer();
        Assert.StartsWith("<pre>", renderer.Render(new string('*', 5000) + "x" + new string('*', 5000))); // older rows render as text, never throw
    }

    [Fact]
    public void A_slug_from_a_title_XML_cannot_carry_is_made_without_throwing() =>
        Assert.Equal(("", "a-b"), (SlugGenerator.FromText("\uFFFE"), SlugGenerator.FromText("A\uD800 B")));
}
