using System.Net;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>
/// The careers index introduction goes through the page save pipeline: a revision and an audit line per save, the
/// version the editor was opened on checked (a stale one is a conflict, never an overwrite), the public page at once.
/// </summary>
public sealed class CareersIndexEditorTests
{
    private const string Url = "/admin/postings/careersindex?language=en";

    [Theory, Providers]
    public async Task Each_save_keeps_a_revision_and_an_audit_line_shown_in_the_history_and_the_public_page_follows(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var before = await SignedInClient.Anonymous(app).GetStringAsync("/en/careers");

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(publisher, "Work with us", "We *hire*.", version: 0)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(publisher, "Work with us", "We hire engineers.", version: 1)).StatusCode);

        await using var db = app.NewDbContext();
        var page = await db.Pages.SingleAsync(p => p.PageType == PageTypes.CareersIndex.Id && p.Language == "en");
        Assert.Equal((2, "We hire engineers."), (page.Version, page.BodyMarkdown));
        var revisions = await db.PageRevisions.Where(r => r.PageId == page.Id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([(1, "create", "Title,BodyMarkdown", "We *hire*."), (2, "save", "BodyMarkdown", "We hire engineers.")],
            revisions.Select(r => (r.Number, r.Action, r.ChangedFields, r.BodyMarkdown)));
        Assert.All(revisions, r => Assert.Equal(publisher.Email, r.Author));
        var audit = await db.AuditLog.Where(a => a.Action == "page.save").OrderBy(a => a.At).Select(a => new { a.Target, a.Details, a.Actor }).ToListAsync();
        Assert.Equal(["Title,BodyMarkdown", "BodyMarkdown"], audit.Select(a => a.Details));
        Assert.All(audit, a => Assert.Equal(("careers-index/en", publisher.Email), (a.Target, a.Actor)));

        var history = WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin/postings/careersindexhistory?language=en"));
        Assert.Contains("We *hire*.", history);
        Assert.Contains("We hire engineers.", history);
        Assert.Contains("Title, Introduction (Markdown)", history);
        Assert.Contains(publisher.Email, history);

        var after = await SignedInClient.Anonymous(app).GetStringAsync("/en/careers");
        Assert.DoesNotContain("Work with us", before);
        Assert.Contains("Work with us", after);
        Assert.Contains("We hire engineers.", after);
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_refused_with_409_their_version_shown_and_nothing_overwritten()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        await SaveAsync(publisher, "Work with us", "Theirs.", version: 0);
        await SaveAsync(publisher, "Work with us", "Theirs, again.", version: 1);

        var stale = await SaveAsync(publisher, "Mine", "Mine.", version: 1);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Someone else saved this page after you opened it.", html);
        Assert.Contains("Theirs, again.", html);
        Assert.Contains("name=\"Version\" value=\"2\"", html); // the next save is a choice made over the version now shown
        Assert.Contains(">Mine.</textarea>", html);
        await using (var db = app.NewDbContext())
        {
            var page = await db.Pages.SingleAsync(p => p.Language == "en");
            Assert.Equal((2, "Theirs, again."), (page.Version, page.BodyMarkdown));
            Assert.Equal(2, await db.PageRevisions.CountAsync());
        }

        // In French, the conflict says so in French.
        await publisher.PostFormAsync(Url, new() { ["language"] = "fr", ["returnUrl"] = Url }, "/admin/account/language");
        var french = WebUtility.HtmlDecode(await (await SaveAsync(publisher, "Mine", "Mine.", version: 1)).Content.ReadAsStringAsync());
        Assert.Contains("Une autre personne a enregistré cette page après que vous l’avez ouverte.", french);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(publisher, "Mine", "Mine.", version: 2)).StatusCode);
    }

    [Theory, Providers]
    public async Task Of_simultaneous_saves_from_one_version_exactly_one_is_kept_whether_the_page_exists_or_not(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);

        foreach (var version in new[] { 0, 1 })
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => SaveAsync(publisher, $"Title {version}", $"Save {i} from {version}.", version)));
            var codes = answers.Select(a => a.StatusCode).ToList();
            Assert.Equal(1, codes.Count(c => c == HttpStatusCode.Redirect));
            Assert.Equal(5, codes.Count(c => c == HttpStatusCode.Conflict));
        }
        await using var db = app.NewDbContext();
        var page = await db.Pages.SingleAsync(p => p.Language == "en");
        var revisions = await db.PageRevisions.OrderBy(r => r.Number).ToListAsync();
        Assert.Equal((2, 2), (page.Version, revisions.Count));
        Assert.Equal(page.BodyMarkdown, revisions[^1].BodyMarkdown);
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.Action == "page.save"));
    }

    [Fact]
    public async Task The_page_rules_are_the_postings_rules_for_the_same_fields()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);

        var empty = await SaveAsync(publisher, " ", "x\u0001", version: 0);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Enter a title.", html);
        Assert.Contains("The body holds the character", html);
        var tooLong = await SaveAsync(publisher, new string('t', PostingLimitsTitle + 1), "", version: 0);
        Assert.Contains($"The title is longer than {PostingLimitsTitle} characters", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()));
        await using var db = app.NewDbContext();
        Assert.Equal(0, await db.Pages.CountAsync());
    }

    private static int PostingLimitsTitle => PageTypes.CareersIndex.Fields.Single(f => f.Name == "Title").MaxLength!.Value;

    private static Task<HttpResponseMessage> SaveAsync(SignedInClient client, string title, string body, int version) =>
        client.PostFormAsync(Url, new() { ["Language"] = "en", ["Title"] = title, ["BodyMarkdown"] = body, ["Version"] = $"{version}" });
}
