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

    private static readonly Localizer L = new([new PostingsAdminTexts(), new Recruiting.Web.Admin.AdminTexts()]);

    [Fact]
    public void Every_text_of_the_postings_screens_has_a_french_translation()
    {
        var pages = Path.Combine(AppRoot.Locate().Path, "src", "Recruiting.Web", "Pages", "Admin", "Postings");
        var literals = Directory.EnumerateFiles(pages, "*.cshtml")
            .SelectMany(f => LocalizedLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();
        Assert.True(literals.Count > 100, $"Only {literals.Count} texts found: is the pattern still right?");

        var computed = Enum.GetValues<PostingStatus>().Select(StatusText.Of)
            .Concat(Enum.GetValues<ListStatus>().Select(StatusText.ForFilter))
            .Concat(Enum.GetValues<TranslationState>().Select(StatusText.Of))
            .Concat(new[] { "create", "save", "submit", "publish", "schedule", "archive", "unarchive", "unpublish", "trash", "restore", "import" }.Select(ActionText.Of))
            .Concat(PageTypes.JobPosting.Fields.Select(f => FieldText.Of(f.Name)).Where(f => f is not ("Language" or "Slug" or "TranslationKey")))
            .Concat(Enum.GetValues<FileOutcome>().Select(ImportModel.OutcomeText))
            .Concat(ImportUploadError.Templates);

        var missing = literals.Concat(computed).Where(text => !L.HasFrench(text)).Distinct().ToList();
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
}
