using System.Net;
using System.Text.RegularExpressions;
using Recruiting.Testing.Legacy.Hugo;

namespace Recruiting.Legacy.Tests.Parity;

/// <summary>
/// Differential test of the text: for every page Hugo built, the visible text of our rendered body (tags removed,
/// entities decoded, white space evened out) equals the visible text of Hugo's, typography included (curly quotes and
/// apostrophes, en and em dashes, ellipses, guillemets) in English and French, and both bodies link to the same
/// addresses: a `[text] (mailto:…)` is plain text in both.
/// </summary>
[Collection(ParityCollection.Name)]
public sealed partial class BodyParityTests(ParityFixture corpus)
{
    public static TheoryData<string> Files() => new(ParityCorpus.Files().Select(f => f.Path));

    [GeneratedRegex("""<a\s[^>]*?href="([^"]*)"[^>]*>""")] private static partial Regex Href();

    [HugoTheory]
    [MemberData(nameof(Files))]
    public void Our_page_shows_the_text_Hugo_showed_and_links_where_Hugo_linked(string source)
    {
        if (corpus.Hugo.Refused.ContainsKey(source)) return;
        var page = Assert.Single(corpus.Hugo.Pages, p => p.Source == source);
        var ours = corpus.Imported(source)!.PublishedHtml!;

        Assert.Equal(Visible(page.BodyHtml), Visible(ours));
        Assert.Equal(Links(page.BodyHtml), Links(ours));
    }

    [HugoFact]
    public void The_corpus_has_text_the_typographer_changes_in_both_languages()
    {
        foreach (var lang in new[] { "en", "fr" })
        {
            var text = string.Join(" ", corpus.Hugo.Pages.Where(p => p.Lang == lang).Select(p => Visible(p.BodyHtml)));
            foreach (var typographic in new[] { "\u201C", "\u201D", "\u2019", "\u2013", "\u2026", "\u00AB", "(mailto:" })
                Assert.Contains(typographic, text);
        }
    }

    private static string Visible(string html) => VisibleText.Of(html);

    private static List<string> Links(string html) => Href().Matches(html).Select(m => Uri.UnescapeDataString(WebUtility.HtmlDecode(m.Groups[1].Value))).ToList();
}
