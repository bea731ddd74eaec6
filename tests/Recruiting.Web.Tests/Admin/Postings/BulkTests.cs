using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Tests.Public;
using static Recruiting.Web.Tests.Admin.Postings.IndexTests;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>Actions on several postings from the list: a confirmation naming each, then the one pipeline per posting.</summary>
public sealed class BulkTests
{
    private static readonly Actor Publisher = new("seed@example.test", [Roles.Publisher]);

    [Theory, Providers]
    public async Task Bulk_archive_confirms_then_archives_each_published_posting_and_reports_the_others(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var published = new List<Guid>();
        Guid draft;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            for (var i = 1; i <= 3; i++)
            {
                var id = await Create(workflow, "en", $"role-{i}", $"Role {i}", "Body.");
                Assert.True((await workflow.PublishAsync(id, null, Publisher)).Succeeded);
                published.Add(id);
            }
            draft = await Create(workflow, "en", "still-a-draft", "Still a draft", "Body.");
        }
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var selection = string.Join("&", published.Append(draft).Select(id => $"Ids={id}"));

        var confirm = await publisher.Http.GetHtmlAsync($"/admin/postings/bulk?Action=Archive&{selection}");
        Assert.Equal(HttpStatusCode.OK, confirm.Response.StatusCode);
        Assert.Contains("Selected postings: 4", confirm.Html.QuerySelector("h2")!.TextContent);
        Assert.Contains("leaves the careers index", confirm.Html.Body!.TextContent);
        await using (var db = app.NewDbContext())
            Assert.Equal(3, await db.Postings.CountAsync(p => p.Status == PostingStatus.Published)); // the confirmation changes nothing

        var done = await ConfirmAsync(publisher, confirm.Html);
        Assert.Equal(HttpStatusCode.OK, done.Response.StatusCode);
        Assert.Contains("Done: 3. Not done: 1.", done.Html.QuerySelector("[role=status]")!.TextContent);
        var refused = done.Html.QuerySelectorAll("tr.bulk-failed").Single();
        Assert.Contains("Still a draft", refused.TextContent);
        Assert.Contains("Only a published posting can be archived.", refused.TextContent);

        await using (var db = app.NewDbContext())
        {
            Assert.All(await db.Postings.Where(p => published.Contains(p.Id)).ToListAsync(), p => Assert.Equal(PostingStatus.Archived, p.Status));
            Assert.Equal(PostingStatus.Draft, (await db.Postings.SingleAsync(p => p.Id == draft)).Status);
            foreach (var id in published)
            {
                Assert.True(await db.Revisions.AnyAsync(r => r.PostingId == id && r.Action == "archive"));
                Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "posting.archive" && a.Target == $"en/role-{published.IndexOf(id) + 1}"));
            }
        }
    }

    [Fact]
    public async Task A_posting_changed_after_the_confirmation_is_left_as_it_is_and_said_so()
    {
        await using var app = await TestApp.StartAsync();
        Guid first, second;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            first = await Create(workflow, "en", "first", "First", "Body.");
            second = await Create(workflow, "en", "second", "Second", "Body.");
        }
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var confirm = await publisher.Http.GetHtmlAsync($"/admin/postings/bulk?Action=Publish&Ids={first}&Ids={second}");

        // Someone saves the second posting between the confirmation and the click.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            var version = (await scope.ServiceProvider.GetRequiredService<Recruiting.Core.Storage.RecruitingDb>().Postings.SingleAsync(p => p.Id == second)).Version;
            Assert.True((await workflow.SaveDraftAsync(second, new PostingInput("en", "second", "second",
                new PostingContent { Title = "Second, edited", Description = "d", BodyMarkdown = "Body." }), version, Publisher)).Succeeded);
        }
        var done = await ConfirmAsync(publisher, confirm.Html);

        Assert.Contains("Done: 1. Not done: 1.", done.Html.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("someone changed this posting after you confirmed", done.Html.QuerySelector("tr.bulk-failed")!.TextContent);
        await using var db = app.NewDbContext();
        Assert.Equal(PostingStatus.Published, (await db.Postings.SingleAsync(p => p.Id == first)).Status);
        Assert.Equal(PostingStatus.Draft, (await db.Postings.SingleAsync(p => p.Id == second)).Status);
    }

    [Fact]
    public async Task An_author_may_duplicate_but_not_archive_and_a_copy_leaves_the_original_its_addresses()
    {
        await using var app = await TestApp.StartAsync();
        Guid original;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            var result = await workflow.CreateAsync(new PostingInput("fr", "analyste", "analyst", new PostingContent
            {
                Title = "Analyste", Description = "Analyse des données.", BodyMarkdown = "Texte.", LeverId = "5ac21346-8e0c-4494-8e4a-ea8e9f2c1a01",
                Aliases = ["/fr/emplois/analyste/"], ClosingAt = DateTimeOffset.UtcNow.AddDays(20), Department = "Données",
            }), Publisher);
            original = result.Posting!.Id;
            Assert.True((await workflow.PublishAsync(original, null, Publisher)).Succeeded);
        }
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var archive = await author.GetAsync($"/admin/postings/bulk?Action=Archive&Ids={original}");
        Assert.Equal(HttpStatusCode.Redirect, archive.StatusCode);
        Assert.Contains(Recruiting.Web.Admin.AdminPaths.AccessDenied, archive.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        var list = await author.Http.GetHtmlAsync("/admin/postings");
        Assert.Equal(["Duplicate"], list.Html.QuerySelectorAll("#bulk-action option").Select(o => o.GetAttribute("value")!));

        for (var copy = 1; copy <= 2; copy++)
        {
            var confirm = await author.Http.GetHtmlAsync($"/admin/postings/bulk?Action=Duplicate&Ids={original}");
            var done = await ConfirmAsync(author, confirm.Html);
            Assert.Contains("Done: 1. Not done: 0.", done.Html.QuerySelector("[role=status]")!.TextContent);
        }

        await using var db = app.NewDbContext();
        var copies = await db.Postings.Where(p => p.Id != original).OrderBy(p => p.Slug).ToListAsync();
        Assert.Equal(["analyste-copy", "analyste-copy-2"], copies.Select(c => c.Slug));
        Assert.All(copies, c =>
        {
            Assert.Equal(PostingStatus.Draft, c.Status);
            Assert.Equal("fr", c.Language);
            Assert.Equal("Analyste", c.Draft.Title);
            Assert.Equal("Données", c.Draft.Department);
            Assert.Null(c.Draft.LeverId);
            Assert.Empty(c.Draft.Aliases);
            Assert.Null(c.Draft.ClosingAt);
            Assert.Equal(c.Slug, c.TranslationKey);
        });
        Assert.Equal(original, (await db.Redirects.SingleAsync(r => r.Path == "/fr/emplois/analyste")).PostingId);
    }

    [Fact]
    public async Task The_confirmation_and_the_results_are_in_french_in_a_french_console()
    {
        await using var app = await TestApp.StartAsync();
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
            id = await Create(scope.ServiceProvider.GetRequiredService<PostingWorkflow>(), "fr", "poste", "Poste", "Texte.");
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        await publisher.PostFormAsync("/admin/postings", new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");

        var confirm = await publisher.Http.GetHtmlAsync($"/admin/postings/bulk?Action=Trash&Ids={id}");
        Assert.Equal("Mettre à la corbeille", confirm.Html.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Offres sélectionnées\u00A0: 1", confirm.Html.QuerySelector("h2")!.TextContent);
        var done = await ConfirmAsync(publisher, confirm.Html);
        Assert.Contains("Effectuées\u00A0: 1. Non effectuées\u00A0: 0.", done.Html.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Mise à la corbeille", done.Html.QuerySelector("tr.bulk-ok")!.TextContent);
    }

    [Fact]
    public async Task More_postings_than_the_limit_are_refused_with_the_limit_named()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var ids = string.Join("&", Enumerable.Range(0, Recruiting.Web.Admin.Postings.BulkActions.MaxSelection + 1).Select(_ => $"Ids={Guid.NewGuid()}"));
        var page = await publisher.Http.GetHtmlAsync($"/admin/postings/bulk?Action=Archive&{ids}");
        Assert.Contains($"Select at most {Recruiting.Web.Admin.Postings.BulkActions.MaxSelection} postings at a time.", page.Html.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(page.Html.QuerySelector("form.bulk-confirm"));
    }

    /// <summary>Posts the confirmation form as a browser would: its hidden fields, in order, and the antiforgery token.</summary>
    private static async Task<(HttpResponseMessage Response, IDocument Html)> ConfirmAsync(SignedInClient client, IDocument confirmation)
    {
        var form = confirmation.QuerySelector("form.bulk-confirm")!;
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        var response = await client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (response, html);
    }
}
