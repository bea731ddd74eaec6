using System.Text.Json.Nodes;
using Recruiting.Legacy.Hugo;
using Recruiting.Testing.Legacy;

namespace Recruiting.Legacy.Tests.Parsing;

public sealed class HugoParserTests
{
    private static LegacyPosting Read(string sample)
    {
        var result = HugoParser.Parse(Samples.ParserText(sample));
        Assert.True(result.Document is not null, $"{sample}: {result.Error}");
        return LegacyPosting.From(result.Document!);
    }

    [Fact]
    public void A_folded_description_is_one_line_and_a_quoted_title_keeps_its_colon()
    {
        var p = Read("folded-description.md");
        Assert.Equal("Senior developer: platform", p.Fields.Title);
        Assert.Equal("We are looking for a developer to join the platform team.", p.Fields.Description);
        Assert.Equal("7733ffc7-8df0-4ff2-bef3-f4e97b52e5de", p.Fields.LeverId);
        Assert.Equal(("job-posting", "section"), (p.Fields.Layout, p.Fields.Type));
        Assert.False(p.Fields.Archived);
        Assert.Equal("\nWe build the platform.\n", p.Body);
    }

    [Fact]
    public void A_plain_multi_line_scalar_is_folded_with_spaces()
    {
        var p = Read("plain-multiline.md");
        Assert.Equal("Nous sommes à la recherche d’un directeur ou d’une directrice des pratiques numériques qui pourra outiller et aider nos équipes et nos chefs d’équipe.",
            p.Fields.Description);
        Assert.True(p.Fields.Archived);
        Assert.Equal("director-digital-practice", p.Fields.TranslationKey);
    }

    [Fact]
    public void Quoted_and_unquoted_values_with_apostrophes_and_colons_are_read_exactly()
    {
        var p = Read("quoted-titles.md");
        Assert.Equal("Chef d'équipe : données", p.Fields.Title);
        Assert.Equal("Lead the team: data, \"analytics\" and more", p.Fields.Description);
        Assert.Equal("\"L'équipe d'analyse\"", p.Extras["subtitle"]);
        Assert.Equal("\"It's a job\"", p.Extras["tagline"]);
    }

    [Fact]
    public void Flow_lists_give_aliases_and_a_url_list_is_ignored_as_Hugo_ignores_it()
    {
        var p = Read("flow-lists.md");
        Assert.Equal(["/head-of-engineering/", "/chef-de-l-ingenierie/"], p.Fields.Aliases);
        Assert.Empty(p.Fields.Urls); // Hugo reads url with cast.ToString: a list gives "", so the page stayed at its file's address
        Assert.Contains(p.Warnings, w => w.Code == "url-ignored");
        Assert.Equal("[\"/chef-de-l-ingenierie/\"]", p.Extras["url"]); // kept so that the export writes a list again
    }

    [Theory]
    [InlineData("leverid-number.md", "123456", "123456")]
    [InlineData("leverid-empty.md", null, "null")]
    [InlineData("leverid-empty-string.md", null, "\"\"")]
    [InlineData("missing-translation-key.md", "5f0c2c1e-1b7a-4d55-9a53-6d1f8e2b7c10", null)]
    public void LeverId_as_number_empty_or_guid_is_a_string_or_nothing(string sample, string? leverId, string? keptOriginal)
    {
        var p = Read(sample);
        Assert.Equal(leverId, p.Fields.LeverId);
        Assert.Equal(keptOriginal, p.Extras.GetValueOrDefault("leverId"));
    }

    [Fact]
    public void A_missing_description_is_derived_from_the_first_paragraph_with_a_warning()
    {
        var p = Read("missing-description.md");
        Assert.StartsWith("We are a small team that builds public services", p.Fields.Description);
        Assert.DoesNotContain("<strong>", p.Fields.Description);
        Assert.Contains(p.Warnings, w => w.Code == "description-derived" && w.Field == "description");
        Assert.Equal(LegacyKeys.AbsentMarker, p.Extras["description"]);
        Assert.Null(p.Fields.TranslationKey);
    }

    [Fact]
    public void Keys_in_any_order_are_all_read()
    {
        var p = Read("keys-any-order.md");
        Assert.Equal(new LegacyFields("Designer", "A designer.", false, "designer", "0c0e5b44-3c41-4b5e-9a3e-0c7f1b2a1d11", [], [], "job-posting", "section"),
            p.Fields with { Aliases = [], Urls = [] });
        Assert.Empty(p.Warnings);
    }

    [Fact]
    public void Unknown_keys_are_kept_verbatim_as_json()
    {
        var p = Read("extra-keys.md");
        Assert.Equal("\"2021-03-01\"", p.Extras["date"]);
        Assert.Equal("10", p.Extras["weight"]);
        Assert.Equal("false", p.Extras["draft"]);
        Assert.Equal("[\"data\",\"science, applied\"]", p.Extras["tags"]);
        var param = JsonNode.Parse(p.Extras["params"])!;
        Assert.Equal("Data", (string?)param["team"]);
        Assert.True((bool)param["remote"]!);
        Assert.Equal("Montréal", (string?)param["cities"]![1]);
    }

    [Fact]
    public void A_body_line_above_the_closing_line_rejects_the_file_with_its_position()
    {
        var result = HugoParser.Parse(Samples.ParserText("invalid-body-above-closing.md"));
        Assert.Null(result.Document);
        var error = result.Error!;
        Assert.Equal(5, error.Line); // the stray body line
        Assert.NotNull(error.Column);
        Assert.Contains("not valid YAML", error.Message);
        Assert.Contains("body line above the closing", error.Action);
    }

    [Theory]
    [InlineData("no-front-matter.md", 1, "first line is not '---'")]
    [InlineData("unclosed.md", 3, "never closed")]
    public void A_file_without_proper_delimiters_is_rejected_with_what_to_do(string sample, int line, string message)
    {
        var error = HugoParser.Parse(Samples.ParserText(sample)).Error!;
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
        Assert.Contains("'---'", error.Action);
    }

    [Fact]
    public void A_bom_and_crlf_are_understood_and_the_body_keeps_its_line_ends()
    {
        var raw = File.ReadAllBytes(Samples.Parser("crlf-bom.md"));
        Assert.Equal(0xEF, raw[0]); // the sample really has a BOM and CRLF
        var p = LegacyPosting.From(HugoParser.Parse(System.Text.Encoding.UTF8.GetString(raw)).Document!);
        Assert.Equal("Windows file", p.Fields.Title);
        Assert.Equal("Saved with CRLF and a BOM.", p.Fields.Description);
        Assert.Equal("\r\nLine one\r\n\r\n- item\r\n", p.Body);
    }

    [Fact]
    public void Raw_html_entities_tabs_and_malformed_links_stay_in_the_body_verbatim()
    {
        var text = Samples.ParserText("raw-html.md");
        var p = Read("raw-html.md");
        Assert.Equal(text[(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..], p.Body);
        Assert.Contains("<details><summary>More</summary>", p.Body);
        Assert.Contains("\tTabbed line&nbsp;:", p.Body);
        Assert.Contains("[jobs@example.com] (mailto:jobs@example.com)", p.Body);
    }
}
