using System.Text.RegularExpressions;
using Recruiting.Core.Content;
using Recruiting.Legacy.Import;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Hosting;
using Recruiting.Web.Localization;
using Recruiting.Web.Pages.Admin.Postings;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed partial class PostingsAdminTextsTests
{
    [GeneratedRegex("""L(?:\.Translate\(|\[)"((?:[^"\\]|\\.)*)"[,\])]""")]
    private static partial Regex LocalizedLiteral();

    // The postings screens' own catalog: before areas, this test merged the console's catalog in too, in its own order,
    // and could not see that the site's merge gave "Created" another French.
    private static readonly CatalogStringLocalizer L = new(new PostingsAdminTexts());

    [Fact]
    public void Every_text_of_the_postings_screens_has_a_french_translation()
    {
        var pages = Path.Combine(AppRoot.Locate().Path, "src", "Recruiting.Web", "Pages", "Admin", "Postings");
        var literals = Directory.EnumerateFiles(pages, "*.cshtml")
            .SelectMany(f => LocalizedLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();
        Assert.True(literals.Count > 100, $"Only {literals.Count} texts found: is the pattern still right?");

        var computed = Recruiting.Web.Tests.Localization.ComputedTexts.Postings;

        var missing = literals.Concat(computed).Where(text => L[text].ResourceNotFound).Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Workflow_messages_are_translated_with_their_quoted_values_kept()
    {
        var issue = new Recruiting.Core.Workflow.FieldIssue("Aliases", "alias-format", "The alias 'jobs/x' must be a path starting with '/'.");
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new("fr");
            Assert.Equal("L’alias « jobs/x » doit être un chemin commençant par « / ».", IssueText.Localize(issue, L));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
        Assert.Equal(issue.Message, IssueText.Localize(issue, L));
    }

    [Fact]
    public void The_taken_alias_warning_is_translated()
    {
        var issue = Recruiting.Core.Workflow.PostingValidator.RedirectTaken("/jobs/data", "en/data-engineer");
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new("fr");
            Assert.Equal("L’ancien chemin « /jobs/data » redirige déjà vers l’offre « en/data-engineer » ; il lui a été laissé.", IssueText.Localize(issue, L));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }
}
