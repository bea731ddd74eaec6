using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Tests.Public;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed class IndexTests
{
    private static readonly Actor Publisher = new("seed@example.test", [Roles.Publisher]);

    [Theory, Providers]
    public async Task The_list_searches_filters_sorts_and_pages_on_the_server(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            for (var i = 1; i <= 30; i++)
                await Create(workflow, "en", $"engineer-{i:00}", $"Engineer {i:00}", i == 7 ? "Knows **Kubernetes** well." : "Builds things.");
            var designer = await Create(workflow, "fr", "designer", "Designer", "Dessine.", leverId: "5ac21346-8e0c-4494-8e4a-ea8e9f2c1a01");
            Assert.True((await workflow.PublishAsync(designer, null, Publisher)).Succeeded);
        }
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var first = await author.GetStringAsync("/admin/postings?Criteria.Sort=Title&Criteria.Descending=false&Criteria.PageSize=10");
        Assert.Contains("31 postings", first);
        Assert.Contains("Page 1 of 4", first);
        Assert.True(first.IndexOf("Designer", StringComparison.Ordinal) < first.IndexOf("Engineer 01", StringComparison.Ordinal));
        Assert.DoesNotContain("Engineer 10", first);
        var third = await author.GetStringAsync("/admin/postings?Criteria.Sort=Title&Criteria.Descending=false&Criteria.PageSize=10&Criteria.Page=3");
        Assert.Contains("Engineer 20", third);
        Assert.DoesNotContain("Engineer 09", third);

        var byBody = await author.GetStringAsync("/admin/postings?Criteria.Search=kubernetes");
        Assert.Contains("1 postings", byBody);
        Assert.Contains("Engineer 07", byBody);
        var byLever = await author.GetStringAsync("/admin/postings?Criteria.Search=5AC21346");
        Assert.Contains("Designer", byLever);
        Assert.Contains("1 postings", byLever);

        var french = await author.GetStringAsync("/admin/postings?Criteria.Language=fr");
        Assert.Contains("1 postings", french);
        var published = await author.GetStringAsync("/admin/postings?Criteria.Status=Published");
        Assert.Contains("1 postings", published);
        Assert.Contains("Designer", published);
        var drafts = await author.GetStringAsync("/admin/postings?Criteria.Status=Draft");
        Assert.Contains("30 postings", drafts);
        var percent = await author.GetStringAsync("/admin/postings?Criteria.Search=%25");
        Assert.Contains("0 postings", percent);
    }

    [Fact]
    public async Task Missing_and_stale_translations_are_flagged_and_filtered()
    {
        await using var app = await TestApp.StartAsync();
        Guid english, french;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            english = await Create(workflow, "en", "analyst", "Analyst", "Analyses.", key: "analyst");
            french = await Create(workflow, "fr", "analyste", "Analyste", "Analyse.", key: "analyst");
            await Create(workflow, "en", "alone", "Alone", "No translation.");
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The English changes after the French: the French is now behind.
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            var posting = await scope.ServiceProvider.GetRequiredService<Recruiting.Core.Storage.RecruitingDb>().Postings.FindAsync(english);
            await Task.Delay(20);
            Assert.True((await workflow.SaveDraftAsync(english, new PostingInput("en", "analyst", "analyst", posting!.Draft with { BodyMarkdown = "New text." }), posting.Version, Publisher)).Succeeded);
        }
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var missing = await author.GetStringAsync("/admin/postings?Criteria.Translation=Missing");
        Assert.Contains("1 postings", missing);
        Assert.Contains("Alone", missing);
        var stale = await author.GetStringAsync("/admin/postings?Criteria.Translation=Stale");
        Assert.Contains("1 postings", stale);
        Assert.Contains("Analyste", stale);
        Assert.Contains("Stale translation", await author.GetStringAsync(PostingForms.EditUrl(french)));
        Assert.Contains("Up to date", await author.GetStringAsync(PostingForms.EditUrl(english)));
    }

    [Fact]
    public async Task Anonymous_users_and_users_without_a_role_cannot_see_the_list()
    {
        await using var app = await TestApp.StartAsync();
        using var anonymous = SignedInClient.Anonymous(app);
        var response = await anonymous.GetAsync("/admin/postings");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("signin", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        using var nobody = await SignedInClient.CreateAsync(app);
        PostingForms.AssertRefused(await nobody.GetAsync("/admin/postings"));
    }

    [Theory, Providers]
    public async Task The_list_shows_closing_dates_filters_closing_soon_expired_and_no_apply_link_and_numbers_its_pages(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var now = DateTimeOffset.UtcNow;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            await CreateClosing(workflow, "soon", now.AddDays(3), leverId: "5ac21346-8e0c-4494-8e4a-ea8e9f2c1a01");
            await CreateClosing(workflow, "later", now.AddDays(30), leverId: "5ac21346-8e0c-4494-8e4a-ea8e9f2c1a02");
            await CreateClosing(workflow, "gone", now.AddDays(-2), leverId: "5ac21346-8e0c-4494-8e4a-ea8e9f2c1a03");
            for (var i = 1; i <= 57; i++) await Create(workflow, "en", $"open-{i:00}", $"Open {i:00}", "Body.");
        }
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);

        var soon = await publisher.Http.GetHtmlAsync("/admin/postings?Criteria.Closing=ClosingSoon");
        Assert.Equal(["Closing soon"], Titles(soon.Html));
        var expired = await publisher.Http.GetHtmlAsync("/admin/postings?Criteria.Closing=Expired");
        Assert.Equal(["Closing gone"], Titles(expired.Html));
        Assert.NotNull(expired.Html.QuerySelector("table.postings tbody td time + .badge-expired"));
        var noApply = await publisher.Http.GetHtmlAsync("/admin/postings?Criteria.Closing=WithoutApplyLink&Criteria.PageSize=100");
        Assert.Equal(57, Titles(noApply.Html).Count);
        Assert.DoesNotContain("Closing soon", Titles(noApply.Html));

        // 60 postings, 10 a page: links to pages 1, 2, 3, 4, 5 and 6 from page 3, the current one marked.
        var third = await publisher.Http.GetHtmlAsync("/admin/postings?Criteria.PageSize=10&Criteria.Page=3&Criteria.Closing=Any");
        var pages = third.Html.QuerySelectorAll("nav .pages a:not([rel])").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], pages);
        Assert.Equal("3", third.Html.QuerySelector("nav .pages a[aria-current=page]")!.TextContent.Trim());
        var first = await publisher.Http.GetHtmlAsync("/admin/postings?Criteria.PageSize=10");
        Assert.Equal(["1", "2", "3", "…", "6"], first.Html.QuerySelectorAll("nav .pages a:not([rel]), nav .pages span[aria-hidden]").Select(a => a.TextContent.Trim()));
        Assert.Contains("Criteria.PageSize=10", first.Html.QuerySelector("nav .pages a[rel=next]")!.GetAttribute("href"));

        // The dashboard's counts lead to the lists they count.
        var dashboard = await publisher.Http.GetHtmlAsync("/admin");
        var expiredLink = dashboard.Html.QuerySelector("a[href='/admin/postings?Criteria.Closing=Expired']")!;
        Assert.Equal("1", expiredLink.TextContent.Trim());
        Assert.Equal("60", dashboard.Html.QuerySelector("a[href='/admin/postings?Criteria.Status=Draft']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_dashboard_sends_a_publisher_to_the_postings_waiting_for_review()
    {
        await using var app = await TestApp.StartAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            for (var i = 1; i <= 3; i++)
                Assert.True((await workflow.SubmitForReviewAsync(await Create(workflow, "en", $"review-{i}", $"Review {i}", "Body."), null, Publisher)).Succeeded);
        }
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var link = (await publisher.Http.GetHtmlAsync("/admin")).Html.QuerySelector(".admin-status a")!;
        Assert.Equal("Postings waiting for your review: 3", link.TextContent.Trim());
        Assert.Contains("3 postings", await publisher.GetStringAsync(link.GetAttribute("href")!));
        Assert.Null((await author.Http.GetHtmlAsync("/admin")).Html.QuerySelector(".admin-status a"));
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument html) =>
        html.QuerySelectorAll("table.postings tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()).ToList();

    private static async Task CreateClosing(PostingWorkflow workflow, string slug, DateTimeOffset closing, string leverId)
    {
        var result = await workflow.CreateAsync(new PostingInput("en", slug, slug, new PostingContent
        {
            Title = "Closing " + slug, Description = "d", BodyMarkdown = "Body.", ClosingAt = closing, LeverId = leverId,
        }), Publisher);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    internal static async Task<Guid> Create(PostingWorkflow workflow, string language, string slug, string title, string body,
        string? key = null, string? leverId = null)
    {
        var result = await workflow.CreateAsync(new PostingInput(language, slug, key ?? slug,
            new PostingContent { Title = title, Description = title + " description", BodyMarkdown = body, LeverId = leverId }), Publisher);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Posting!.Id;
    }
}
