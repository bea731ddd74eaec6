using System.Net;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>A publisher sends a posting in review back to its author with a required comment, kept by its revision.</summary>
public sealed class SendBackTests
{
    private const string Comment = "Add the salary range and shorten the description.";

    [Theory, Providers]
    public async Task The_comment_is_required_kept_in_the_revision_and_shown_to_the_author(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        using var otherAuthor = await SignedInClient.CreateAsync(app, Roles.Author);
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var id = await PostingForms.CreateAsync(author, PostingForms.Fields(title: "Sent back nurse"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(author, id, "Submit", await EditTests.CurrentFieldsAsync(app, id))).StatusCode);
        var version = (await EditTests.LoadAsync(app, id)).Version.ToString();
        var sendBack = $"/admin/postings/sendback/{id}";
        Assert.Contains("Send back to the author", await publisher.GetStringAsync(PostingForms.EditUrl(id)));

        var empty = await publisher.PostFormAsync(PostingForms.EditUrl(id), new() { ["Version"] = version, ["Comment"] = "  " }, sendBack);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Write a comment that tells the author what to change.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(PostingStatus.InReview, (await EditTests.LoadAsync(app, id)).Status);
        PostingForms.AssertRefused(await author.PostFormAsync(PostingForms.EditUrl(id), new() { ["Version"] = version, ["Comment"] = Comment }, sendBack));

        var sent = await publisher.PostFormAsync(PostingForms.EditUrl(id), new() { ["Version"] = version, ["Comment"] = Comment }, sendBack);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(PostingStatus.Draft, (await EditTests.LoadAsync(app, id)).Status);
        await using (var db = app.NewDbContext())
        {
            var revision = await db.Revisions.OrderByDescending(r => r.Number).FirstAsync(r => r.PostingId == id);
            Assert.Equal((PostingWorkflow.SendBackAction, Comment, publisher.Email), (revision.Action, revision.Comment, revision.Author));
            Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "posting.send-back" && a.Actor == publisher.Email));
        }
        Assert.Contains(Comment, await author.GetStringAsync(PostingForms.EditUrl(id)));
        Assert.Contains(Comment, await author.GetStringAsync($"/admin/postings/history/{id}"));
        Assert.Contains(Comment, await author.GetStringAsync("/admin"));
        Assert.DoesNotContain(Comment, await otherAuthor.GetStringAsync("/admin"));

        // Submitted again, the comment is done with: only the history keeps it.
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(author, id, "Submit", await EditTests.CurrentFieldsAsync(app, id))).StatusCode);
        Assert.DoesNotContain(Comment, await author.GetStringAsync(PostingForms.EditUrl(id)));
        Assert.DoesNotContain(Comment, await author.GetStringAsync("/admin"));
        Assert.Contains(Comment, await author.GetStringAsync($"/admin/postings/history/{id}"));
    }

    [Fact]
    public async Task Only_a_posting_in_review_can_be_sent_back_and_the_french_console_says_so()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields());
        await publisher.PostFormAsync("/admin", new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");

        var refused = await publisher.PostFormAsync($"/admin/postings/sendback/{id}", new() { ["Version"] = "1", ["Comment"] = Comment }, $"/admin/postings/sendback/{id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Seule une offre en relecture peut être renvoyée à son auteur.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(PostingStatus.Draft, (await EditTests.LoadAsync(app, id)).Status);
    }

    [Theory, Providers]
    public async Task Sent_back_goes_to_who_wrote_the_draft_not_to_who_submitted_it_and_the_audit_log_shows_the_comment(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        using var reviewer = await SignedInClient.CreateAsync(app, Roles.Publisher);
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var id = await PostingForms.CreateAsync(author, PostingForms.Fields(title: "Written by the author"));
        var fields = await EditTests.CurrentFieldsAsync(app, id);
        fields["Form.Description"] = "A second version of the description.";
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(author, id, "Save", fields)).StatusCode);
        // A publisher submits the author's draft for them; another reviews it and sends it back.
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(publisher, id, "Submit", await EditTests.CurrentFieldsAsync(app, id))).StatusCode);
        var version = (await EditTests.LoadAsync(app, id)).Version.ToString();
        var sendBack = $"/admin/postings/sendback/{id}";
        Assert.Equal(HttpStatusCode.Redirect,
            (await reviewer.PostFormAsync(PostingForms.EditUrl(id), new() { ["Version"] = version, ["Comment"] = Comment }, sendBack)).StatusCode);

        Assert.Contains(Comment, await author.GetStringAsync("/admin"));
        Assert.DoesNotContain(Comment, await publisher.GetStringAsync("/admin"));
        Assert.DoesNotContain(Comment, await reviewer.GetStringAsync("/admin"));
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit?action=posting.send-back"));
        Assert.Contains($"<td>Comment: {Comment}</td>", audit);
        await admin.PostFormAsync("/admin", new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var french = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit?action=posting.send-back"));
        Assert.Contains($"<td>Commentaire\u00A0: {Comment}</td>", french);
    }
}
