using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using Recruiting.Web.Tests.Public;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>
/// A closing date already past: saving a draft warns, while publishing, scheduling and unarchiving are refused by the
/// save pipeline, with the closing date field's message, whether asked from the editor, the API or a bulk action.
/// </summary>
public sealed class ClosingDateTests
{
    private static string Past => DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-ddTHH:mm");

    [Theory, Providers]
    public async Task A_draft_with_a_past_closing_date_saves_with_a_warning_but_cannot_be_published_or_scheduled(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var fields = PostingForms.Fields();
        fields["Form.ClosingAt"] = Past;
        var id = await PostingForms.CreateAsync(publisher, fields);

        var saved = await publisher.Http.GetHtmlAsync(PostingForms.EditUrl(id));
        Assert.Contains("has passed: the posting cannot be published or scheduled", saved.Html.QuerySelector("#ClosingAt-warning")!.TextContent);

        var published = await PostingForms.PostAsync(publisher, id, "Publish", With(await EditTests.CurrentFieldsAsync(app, id), Past));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, published.StatusCode);
        var page = Parse(await published.Content.ReadAsStringAsync());
        Assert.Contains("has passed: candidates could no longer apply", page.QuerySelector("#ClosingAt-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#ClosingAt']"));

        var schedule = With(await EditTests.CurrentFieldsAsync(app, id), Past);
        schedule["PublishAt"] = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-ddTHH:mm");
        var scheduled = await PostingForms.PostAsync(publisher, id, "Schedule", schedule);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, scheduled.StatusCode);
        Assert.Contains("has passed: candidates could no longer apply", Parse(await scheduled.Content.ReadAsStringAsync()).QuerySelector("#ClosingAt-error")!.TextContent);

        var posting = await EditTests.LoadAsync(app, id);
        Assert.Equal(PostingStatus.Draft, posting.Status);
        Assert.Null(posting.Published);
        Assert.Null(posting.ScheduledPublishAt);
    }

    [Fact]
    public async Task Unarchiving_a_posting_whose_published_closing_date_passed_is_refused_in_french_too()
    {
        await using var app = await TestApp.StartAsync();
        var id = await new PostingSeeder(app).ArchivedAsync("en", "expired-job", PostingSeeder.Content("Expired job"));
        await using (var db = app.NewDbContext())
        {
            var p = await db.Postings.SingleAsync(x => x.Id == id);
            p.Published = p.Published! with { ClosingAt = DateTimeOffset.UtcNow.AddDays(-1) };
            await db.SaveChangesAsync();
        }
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var version = (await EditTests.LoadAsync(app, id)).Version.ToString();

        var refused = await PostingForms.PostAsync(publisher, id, "Unarchive", new() { ["Form.Version"] = version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("would close again at once", Parse(html).QuerySelector("#ClosingAt-error")!.TextContent);
        Assert.DoesNotContain("open again", html);
        Assert.Equal(PostingStatus.Archived, (await EditTests.LoadAsync(app, id)).Status);

        await publisher.PostFormAsync("/admin/postings", new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var french = await PostingForms.PostAsync(publisher, id, "Unarchive", new() { ["Form.Version"] = version });
        Assert.Contains("La date de clôture publiée", Parse(await french.Content.ReadAsStringAsync()).QuerySelector("#ClosingAt-error")!.TextContent);
    }

    [Fact]
    public async Task The_api_and_bulk_actions_refuse_it_through_the_same_rule()
    {
        await using var app = await TestApp.StartAsync();
        var seed = new PostingSeeder(app);
        var content = PostingSeeder.Content("Late job") with { ClosingAt = DateTimeOffset.UtcNow.AddHours(-1) };
        var apiDraft = await seed.DraftAsync("en", "late-job", content);
        var bulkDraft = await seed.DraftAsync("en", "late-job-2", content with { Title = "Late job 2" });

        var api = await new ApiUsers(app).ClientAsync("paula", Roles.Publisher);
        var problem = await (await api.PostAsync($"/api/v1/manage/postings/{apiDraft}/publish", null)).ExpectProblemAsync(409);
        Assert.Equal("not-allowed-now", (string)problem["code"]!);
        Assert.Contains("has passed", (string)problem["errors"]!["closingAt"]![0]!);
        await (await api.PostAsJsonAsync($"/api/v1/manage/postings/{apiDraft}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(1) })).ExpectProblemAsync(409);

        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var confirm = await publisher.Http.GetHtmlAsync($"/admin/postings/bulk?Action=Publish&Ids={bulkDraft}");
        var form = confirm.Html.QuerySelector("form.bulk-confirm")!;
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!));
        var done = Parse(await (await publisher.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(hidden))).Content.ReadAsStringAsync());
        Assert.Contains("has passed: candidates could no longer apply", done.QuerySelector("main")!.TextContent);

        await using var db = app.NewDbContext();
        Assert.False(await PublicPostings.Visible(db).AnyAsync());
    }

    private static Dictionary<string, string> With(Dictionary<string, string> fields, string closing)
    {
        fields["Form.ClosingAt"] = closing;
        return fields;
    }

    private static AngleSharp.Dom.IDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
}
