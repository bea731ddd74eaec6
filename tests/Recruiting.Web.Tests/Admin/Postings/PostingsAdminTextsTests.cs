using System.Text.RegularExpressions;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
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
    public void Workflow_messages_are_translated_from_their_code_field_and_arguments()
    {
        // Built from the code and the values the issue carries, not by matching its English sentence.
        var issue = new Recruiting.Core.Workflow.FieldIssue("Aliases", "alias-format", "The alias 'jobs/x' must be a path starting with '/'.") { Args = ["jobs/x"] };
        Assert.Equal("L’alias « jobs/x » doit être un chemin commençant par « / ».", InFrench(() => IssueText.Localize(issue, L)));
        Assert.Equal(issue.Message, IssueText.Localize(issue, L));
        var missingArgument = issue with { Args = [] };
        Assert.Equal(issue.Message, InFrench(() => IssueText.Localize(missingArgument, L)));
    }

    [Fact]
    public void Every_message_of_the_save_pipelines_rules_has_its_french()
    {
        var bad = "\u0001";
        var content = new PostingContent
        {
            Title = new string('t', 501), Description = "", BodyMarkdown = "ok\nbad" + bad, LeverId = "not-a-guid", EmploymentType = bad,
            Layout = new string('l', 101), Type = bad, Aliases = ["jobs/x", "/" + new string('a', 600), "/b" + bad], Urls = ["/" + new string('u', 600), "/c" + bad],
            ExtraFrontMatter = new Dictionary<string, string> { ["k" + bad] = "v" },
        };
        var issues = new[]
        {
            new PostingInput("de", "Bad Slug", new string('k', 201), content),
            new PostingInput("en", "", "k" + bad, content with { Title = "", Description = new string('d', 5001), Aliases = [.. Enumerable.Range(0, 101).Select(i => $"/a{i}")] }),
            new PostingInput("en", "a-slug", "k", content with { Title = "t" + bad, Description = "d" + bad, BodyMarkdown = new string('b', 200_001) }),
            new PostingInput("en", new string('s', 201), "k", content),
            new PostingInput("en", "s" + bad, "k", content),
        }.SelectMany(input => { var (errors, warnings) = PostingValidator.Validate(input); return errors.Concat(warnings); }).ToList();
        var facts = content with
        {
            Title = "t", Description = "d", BodyMarkdown = "", LeverId = null, EmploymentType = "sometimes", Layout = null, Type = null, Aliases = [], Urls = [],
            ExtraFrontMatter = new Dictionary<string, string>(), Remote = true, RemoteCountry = null, Department = new string('d', 101),
            Locations = [new("Lyon", null, ""), new(new string('c', 101), null, "France"), new("L" + bad, null, "France")], Salary = new(null, null, "eur", "FORTNIGHT"),
        };
        foreach (var (f, body) in new (PostingContent, string)[]
        {
            (facts, new string('>', 150) + " x"),
            (facts with { Locations = [.. Enumerable.Range(0, 21).Select(i => new JobLocation(null, null, "France"))], Salary = new(-1, 200_000_000, "CAD", "YEAR"), RemoteCountry = new string('r', 101), EmploymentType = null },
                string.Concat(Enumerable.Repeat("<div>", 101))),
            (facts with { Salary = new(10, 5, "E" + bad, "YEAR"), RemoteCountry = "C" + bad, Department = "D" + bad, EmploymentType = null },
                "x " + string.Concat(Enumerable.Range(0, 17).Select(i => $"<b id=\"{i}\">"))),
        })
        {
            var input = new PostingInput("en", "a-slug", "k", f with { BodyMarkdown = body });
            var (errors, warnings) = PostingValidator.Validate(input, new Recruiting.Core.Lint.LintedContent(input.Content));
            issues.AddRange(errors.Concat(warnings));
        }
        // The rules that need the other postings, and the save's own claims.
        var taken = new PostingInput("en", "a-slug", "k", content with { ClosingAt = DateTimeOffset.UnixEpoch });
        issues.AddRange(PostingValidator.ValidateAmongOthers(taken, new Posting { FirstPublishedAt = DateTimeOffset.UnixEpoch.AddDays(1) }, slugHeldByAnother: true));
        issues.Add(PostingValidator.RedirectTaken("/jobs/x", "en/other"));
        var codes = issues.Select(i => $"{i.Code}.{i.Field}").ToHashSet();
        Assert.Empty(new HashSet<string>
        {
            "too-many-locations.Locations", "location-country.Locations", "too-long.Locations", "invalid-character.Locations", "remote-country.RemoteCountry",
            "too-long.RemoteCountry", "invalid-character.RemoteCountry", "too-long.Department", "invalid-character.Department", "invalid-character.Salary",
            "salary-empty.Salary", "salary-negative.Salary", "salary-too-high.Salary", "salary-range.Salary", "salary-currency.Salary", "salary-unit.Salary",
            "employment-type-unknown.EmploymentType", "body-too-nested.BodyMarkdown", "body-html-too-nested.BodyMarkdown", "body-html-open-formatting.BodyMarkdown",
            "slug-taken.Slug", "closing-before-publish.ClosingAt", "redirect-taken.Aliases",
        }.Except(codes));
        Assert.True(codes.Count >= 45, $"only {codes.Count} kinds of issue: " + string.Join(" ", codes.Order()));

        var untranslated = issues.Where(i => InFrench(() => IssueText.Localize(i, L)) == i.Message).Select(i => $"{i.Code}.{i.Field}: {i.Message}").Distinct().ToList();
        Assert.Empty(untranslated);
    }

    private static string InFrench(Func<string> text)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new("fr");
            return text();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
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

    [Fact]
    public void The_checks_across_postings_keep_their_sentences_print_them_in_english_and_have_them_in_french()
    {
        var open = new Recruiting.Core.Lint.LintedPosting(Guid.NewGuid(), "en", "nurse", "nurse", IsOpen: true, PublishedLeverId: null, PublishedHasLocation: false);
        var postings = new List<Recruiting.Core.Lint.LintedPosting>
        {
            open,
            new(Guid.NewGuid(), "en", "analyst", "analyst", true, "L-1"), new(Guid.NewGuid(), "en", "analyst-2", "analyst-2", true, "L-1"),
            new(Guid.NewGuid(), "fr", "analyste", "analyst", false, null),
            new(Guid.NewGuid(), "fr", "infirmiere", "infirmiere", true, "L-2"),
        };
        Recruiting.Core.Lint.ICrossPostingRule[] rules =
        [
            new Recruiting.Core.Lint.Rules.MissingLeverIdRule(), new Recruiting.Core.Lint.Rules.SharedLeverIdRule(),
            new Recruiting.Core.Lint.Rules.MissingTranslationRule(), new Recruiting.Core.Lint.Rules.MissingLocationRule(),
        ];

        var warnings = rules.SelectMany(r => r.Check(postings)).ToList();

        Assert.Equal(["missing-lever-id", "missing-location", "missing-translation", "shared-lever-id"], warnings.Select(w => w.RuleId).Distinct().Order());
        Assert.Contains(warnings, w => w.Message == "Its French version (fr/analyste) is not open to applications.");
        Assert.Contains(warnings, w => w.Message == "This open posting has no English version (no en posting with translationKey 'infirmiere').");
        foreach (var w in warnings)
        {
            Assert.True(w.Texts is not null, $"{w.RuleId}: {w.Message} has no LintText");
            var (message, fix) = w.Texts!.Value;
            // The command line prints the English of the same sentences.
            Assert.Equal((message.Format(w.Args), fix.Format(w.Args)), (w.Message, w.Fix));
            var french = InFrench(() => IssueText.Lint(L, message, w.Args) + " " + IssueText.Lint(L, fix, w.Args));
            Assert.DoesNotContain(w.Message, french);
            Assert.DoesNotContain(w.Fix, french);
        }
        Assert.Contains(warnings, w => InFrench(() => IssueText.Lint(L, w.Texts!.Value.Message, w.Args))
            == "Le leverId L-1 sert aussi à l’offre ou aux offres ouvertes en/analyst-2\u00A0: leurs liens Postuler mènent au même poste Lever.");
    }
}
