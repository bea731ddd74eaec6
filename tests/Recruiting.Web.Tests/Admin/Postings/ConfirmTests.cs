using System.Net;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>Archive, unpublish and trash ask first: without JavaScript, a confirmation step; only confirmed=true acts.</summary>
public sealed class ConfirmTests
{
    [Theory]
    [InlineData("Archive", "It stays at its address, marked as closed", PostingStatus.Archived)]
    [InlineData("Unpublish", "It leaves the public site and becomes a draft again", PostingStatus.Draft)]
    public async Task Without_javascript_the_action_asks_on_a_step_page_and_acts_only_once_confirmed(string handler, string consequence, PostingStatus after)
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields(title: "Night nurse"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(publisher, id, "Publish", await EditTests.CurrentFieldsAsync(app, id))).StatusCode);
        var version = (await EditTests.LoadAsync(app, id)).Version.ToString();

        var asked = await PostingForms.PostAsync(publisher, id, handler, new() { ["Form.Version"] = version });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var step = asked.Headers.Location!.OriginalString;
        Assert.StartsWith($"/admin/postings/Confirm/{id}", step, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(PostingStatus.Published, (await EditTests.LoadAsync(app, id)).Status);
        var html = await publisher.GetStringAsync(step);
        Assert.Contains("Night nurse", html);
        Assert.Contains(consequence, html);
        Assert.Contains("name=\"confirmed\" value=\"true\"", html);
        Assert.Contains("__RequestVerificationToken", html);

        var confirmed = await publisher.PostFormAsync(step, new() { ["Form.Version"] = version, ["confirmed"] = "true" },
            $"{PostingForms.EditUrl(id)}?handler={handler}");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(after, (await EditTests.LoadAsync(app, id)).Status);
    }

    [Fact]
    public async Task The_trash_step_is_french_in_a_french_console_and_an_author_cannot_see_it()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields(title: "Infirmière de nuit", language: "fr"));
        await publisher.PostFormAsync("/admin", new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");

        var html = await publisher.GetStringAsync($"/admin/postings/confirm/{id}?act=Trash&version=1");

        Assert.Contains("Mettre «\u00A0Infirmière de nuit\u00A0» à la corbeille\u00A0?", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("Un éditeur peut la restaurer", System.Net.WebUtility.HtmlDecode(html));
        Assert.NotNull((await author.GetAsync($"/admin/postings/confirm/{id}?act=Trash&version=1")).Headers.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.GetAsync($"/admin/postings/confirm/{id}?act=Publish&version=1")).StatusCode);
    }

    [Fact]
    public async Task A_posting_without_a_title_is_named_by_its_slug_in_the_list_the_confirmations_and_the_bulk_results()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields(title: "Night nurse", slug: "night-nurse-untitled"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(publisher, id, "Publish", await EditTests.CurrentFieldsAsync(app, id))).StatusCode);
        // A row stored before titles were required: the title column is empty.
        await using (var db = app.NewDbContext())
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
                db.Postings.Where(p => p.Id == id), s => s.SetProperty(p => p.Title, ""));
        var version = (await EditTests.LoadAsync(app, id)).Version;

        var list = WebUtility.HtmlDecode(await publisher.GetStringAsync("/admin/postings"));
        var step = WebUtility.HtmlDecode(await publisher.GetStringAsync($"/admin/postings/confirm/{id}?act=Archive&version={version}"));
        var editor = WebUtility.HtmlDecode(await publisher.GetStringAsync(PostingForms.EditUrl(id)));
        var bulk = WebUtility.HtmlDecode(await publisher.GetStringAsync($"/admin/postings/bulk?Action=Archive&Ids={id}"));
        var sendBack = WebUtility.HtmlDecode(await publisher.GetStringAsync($"/admin/postings/sendback/{id}"));

        Assert.Contains($">night-nurse-untitled</a>", list);
        Assert.Contains("Select night-nurse-untitled", list);
        Assert.Contains("Archive “night-nurse-untitled”?", step);
        Assert.Contains("Archive “night-nurse-untitled”?", editor);
        Assert.Contains(">night-nurse-untitled</a>", bulk);
        Assert.Contains("Send back to the author: night-nurse-untitled", sendBack);
    }
}
