using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Tests.Public;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed class HistoryTests
{
    [Theory, Providers]
    public async Task History_lists_revisions_diffs_two_and_restores_one_as_a_new_draft(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var id = await PostingForms.CreateAsync(author, PostingForms.Fields(body: "Line one\nLine two"));
        await PostingForms.PostAsync(author, id, "Save", await EditTests.CurrentFieldsAsync(app, id, title: "Renamed", body: "Line one\nLine 2\nLine three"));

        var history = await author.GetStringAsync($"/admin/postings/history/{id}");
        Assert.Contains(author.Email, history);
        Assert.Contains("Created", history);
        Assert.Contains("Saved", history);
        Assert.Contains("Title, Body (Markdown)", history);

        var diff = await author.GetStringAsync($"/admin/postings/diff/{id}?from=1&to=2");
        // A word diff: only the words that changed are marked, each with its words for a screen reader.
        Assert.Matches("<del><span class=\"visually-hidden\">\\[Removed: </span>Data engineer<", diff);
        Assert.Matches("<ins><span class=\"visually-hidden\">\\[Added: </span>Renamed<", diff);
        // "Line two" became "Line 2" and a line was added: "Line " is kept, "two" removed, "2", a line break and "Line three" added.
        Assert.Matches("Line <del><span[^>]*>[^<]*</span>two<span[^>]*>\\]</span></del><ins><span[^>]*>[^<]*</span>2&#xA;Line three<", diff);
        Assert.DoesNotMatch("<(ins|del)>(<span[^>]*>[^<]*</span>)?[^<]*Line one", diff);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/admin/postings/diff/{id}?from=1&to=9")).StatusCode);

        var version = (await EditTests.LoadAsync(app, id)).Version;
        var restored = await author.PostFormAsync($"/admin/postings/history/{id}",
            new() { ["number"] = "1", ["version"] = version.ToString() }, $"/admin/postings/history/{id}?handler=Restore");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var posting = await EditTests.LoadAsync(app, id);
        Assert.Equal("Data engineer", posting.Draft.Title);
        Assert.Equal("Line one\nLine two", posting.Draft.BodyMarkdown);
        await using var db = app.NewDbContext();
        Assert.Equal(3, await db.Revisions.CountAsync(r => r.PostingId == id));

        var stale = await author.PostFormAsync($"/admin/postings/history/{id}",
            new() { ["number"] = "2", ["version"] = version.ToString() }, $"/admin/postings/history/{id}?handler=Restore");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_draft_preview_is_for_signed_in_users_only()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var id = await PostingForms.CreateAsync(author, PostingForms.Fields(body: "## What you will do\n\nShip."));

        var preview = await author.GetStringAsync($"/admin/postings/preview/{id}");
        Assert.Matches("<h2[^>]*>What you will do</h2>", preview);
        Assert.Contains("Data engineer", preview);
        Assert.Contains("<html lang=\"en\"", preview);
        using var anonymous = SignedInClient.Anonymous(app);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/admin/postings/preview/{id}")).StatusCode);
    }

    [Fact]
    public async Task History_and_the_audit_log_name_people_instead_of_their_email_addresses()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == author.Email);
            user.DisplayName = "Amélie Tremblay";
            await db.SaveChangesAsync();
        }
        var id = await PostingForms.CreateAsync(author, PostingForms.Fields(body: "Text."));
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        var history = await author.GetStringAsync($"/admin/postings/history/{id}");
        Assert.Contains("Amélie Tremblay", System.Net.WebUtility.HtmlDecode(history));
        Assert.DoesNotContain(author.Email, history);

        var audit = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit?action=posting.create"));
        Assert.Contains("Amélie Tremblay", audit);
        Assert.DoesNotContain($">{author.Email}<", audit);
        var byName = await admin.Http.GetHtmlAsync("/admin/audit?actor=" + Uri.EscapeDataString("Amélie Tremblay"));
        var rows = byName.Html.QuerySelectorAll("table tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent.Trim() == "Amélie Tremblay"));
    }
}
