using System.Net;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed class EditTests
{
    [Theory, Providers]
    public async Task An_author_creates_a_draft_and_a_publisher_publishes_it_to_the_public_site(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);

        var id = await PostingForms.CreateAsync(author, PostingForms.Fields());
        var submitted = await PostingForms.PostAsync(author, id, "Submit", await CurrentFieldsAsync(app, id));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var forbidden = await PostingForms.PostAsync(author, id, "Publish", await CurrentFieldsAsync(app, id));
        PostingForms.AssertRefused(forbidden);
        await using (var db = app.NewDbContext())
            Assert.False(await PublicPostings.Visible(db).AnyAsync());

        var published = await PostingForms.PostAsync(publisher, id, "Publish", await CurrentFieldsAsync(app, id, title: "Senior data engineer"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await using (var db = app.NewDbContext())
        {
            var visible = await PublicPostings.Visible(db).SingleAsync();
            Assert.Equal("Senior data engineer", visible.Published!.Title);
            Assert.Contains("<h2", visible.PublishedHtml);
            Assert.Equal(PostingStatus.Published, visible.Status);
        }
        var editor = await publisher.GetStringAsync(PostingForms.EditUrl(id));
        Assert.Contains("The posting is published.", editor);
        Assert.Contains("/en/careers/data-engineer", editor);
    }

    [Fact]
    public async Task Missing_fields_and_a_bad_slug_are_shown_next_to_the_fields_and_in_a_focusable_summary()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var fields = PostingForms.Fields(title: "", description: "", slug: "Not A Slug");
        var response = await author.PostFormAsync(PostingForms.NewUrl, fields, PostingForms.NewUrl + "?handler=Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-summary\"", html);
        Assert.Contains("tabindex=\"-1\"", html);
        Assert.Contains("<a href=\"#Title\">Enter a title.</a>", html);
        Assert.Contains("id=\"Title-error\"", html);
        Assert.Matches("id=\"Title\"[^>]*aria-describedby=\"Title-error Title-hint\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("id=\"Description-error\"", html);
        Assert.Contains("is not a valid slug", html);
        Assert.Contains("value=\"Not A Slug\"", html); // what the user typed is kept
        await using var db = app.NewDbContext();
        Assert.False(await db.Postings.AnyAsync());
    }

    [Fact]
    public async Task Messages_are_in_french_when_the_console_is_in_french()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var switched = await author.PostFormAsync(PostingForms.NewUrl, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var response = await author.PostFormAsync(PostingForms.NewUrl, PostingForms.Fields(title: "", slug: "Bad Slug"), PostingForms.NewUrl + "?handler=Save");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Saisissez un titre.", html);
        Assert.Contains("« Bad Slug » n’est pas un slug valide", html);
    }

    [Fact]
    public async Task A_slug_is_unique_per_language_and_a_changed_slug_keeps_the_old_url()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var first = await PostingForms.CreateAsync(author, PostingForms.Fields());
        var french = await PostingForms.CreateAsync(author, PostingForms.Fields(language: "fr", title: "Ingénieur de données"));
        Assert.NotEqual(first, french);

        var taken = await author.PostFormAsync(PostingForms.NewUrl, PostingForms.Fields(title: "Other"), PostingForms.NewUrl + "?handler=Save");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Contains("already uses the slug", await taken.Content.ReadAsStringAsync());

        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(publisher, first, "Publish", await CurrentFieldsAsync(app, first))).StatusCode);
        var renamed = await PostingForms.PostAsync(author, first, "Save", await CurrentFieldsAsync(app, first, slug: "data-engineer-2"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        await using var db = app.NewDbContext();
        Assert.False(await db.Redirects.AnyAsync(), "a saved draft moved the public address");
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(publisher, first, "Publish", await CurrentFieldsAsync(app, first))).StatusCode);
        Assert.True(await db.Redirects.AnyAsync(r => r.Path == "/en/careers/data-engineer" && r.PostingId == first && r.PublishedAt != null));
    }

    [Fact]
    public async Task A_leverid_that_is_not_a_guid_is_a_warning_and_aliases_are_one_per_line()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var fields = PostingForms.Fields();
        fields["Form.LeverId"] = "not-a-guid";
        fields["Form.Aliases"] = "/jobs/data\r\n\r\n/old/data-engineer\r\n";

        var id = await PostingForms.CreateAsync(author, fields);

        var html = await author.GetStringAsync(PostingForms.EditUrl(id));
        Assert.Contains("The leverId", html);
        Assert.Contains("is not a GUID", html);
        await using var db = app.NewDbContext();
        var posting = await db.Postings.SingleAsync();
        Assert.Equal(["/jobs/data", "/old/data-engineer"], posting.Draft.Aliases);
        Assert.Equal("not-a-guid", posting.Draft.LeverId);
    }

    [Fact]
    public async Task A_closing_date_before_the_publication_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields());
        var fields = await CurrentFieldsAsync(app, id);
        fields["PublishAt"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-ddTHH:mm");
        fields["Form.ClosingAt"] = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-ddTHH:mm");

        var response = await PostingForms.PostAsync(publisher, id, "Schedule", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The closing date must come after the publication date.", await response.Content.ReadAsStringAsync());
        await using var db = app.NewDbContext();
        Assert.Null((await db.Postings.SingleAsync()).ScheduledPublishAt);
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_a_conflict_that_keeps_their_text_and_shows_the_other()
    {
        await using var app = await TestApp.StartAsync();
        using var alice = await SignedInClient.CreateAsync(app, Roles.Author);
        using var bob = await SignedInClient.CreateAsync(app, Roles.Author);
        var id = await PostingForms.CreateAsync(alice, PostingForms.Fields());
        var aliceForm = await CurrentFieldsAsync(app, id, body: "Alice's body");
        var bobForm = await CurrentFieldsAsync(app, id, body: "Bob's body");

        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(alice, id, "Save", aliceForm)).StatusCode);
        var conflict = await PostingForms.PostAsync(bob, id, "Save", bobForm);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this posting after you opened it.", html);
        Assert.Contains("Alice&#x27;s body", html); // theirs, shown to merge
        Assert.Contains("Bob&#x27;s body", html);   // mine, kept in the form
        await using (var db = app.NewDbContext())
            Assert.Equal("Alice's body", (await db.Postings.SingleAsync()).Draft.BodyMarkdown);

        // Saving again after seeing their text is a deliberate merge.
        bobForm["Form.BodyMarkdown"] = "Alice's body\n\nBob's addition";
        bobForm["Form.Version"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"Form.Version\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(bob, id, "Save", bobForm)).StatusCode);
        await using (var db = app.NewDbContext())
            Assert.Equal("Alice's body\n\nBob's addition", (await db.Postings.SingleAsync()).Draft.BodyMarkdown);
    }

    [Fact]
    public async Task Archive_unarchive_unpublish_trash_and_restore_are_for_publishers()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields());
        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(publisher, id, "Publish", await CurrentFieldsAsync(app, id))).StatusCode);

        PostingForms.AssertRefused(await Transition(author, app, id, "Archive"));
        Assert.Equal(PostingStatus.Published, (await LoadAsync(app, id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await Transition(publisher, app, id, "Archive")).StatusCode);
        Assert.Equal(PostingStatus.Archived, (await LoadAsync(app, id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Transition(publisher, app, id, "Unarchive")).StatusCode);
        Assert.Equal(PostingStatus.Published, (await LoadAsync(app, id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Transition(publisher, app, id, "Trash")).StatusCode);
        Assert.NotNull((await LoadAsync(app, id)).TrashedAt);
        await using (var db = app.NewDbContext())
            Assert.False(await PublicPostings.Visible(db).AnyAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Transition(publisher, app, id, "Restore")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Transition(publisher, app, id, "Unpublish")).StatusCode);
        var posting = await LoadAsync(app, id);
        Assert.Null(posting.TrashedAt);
        Assert.Null(posting.Published);
        Assert.Equal(PostingStatus.Draft, posting.Status);
    }

    [Fact]
    public async Task Forms_carry_antiforgery_tokens_and_a_post_without_one_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var html = await author.GetStringAsync(PostingForms.NewUrl);
        Assert.Contains("__RequestVerificationToken", html);

        var response = await author.Http.PostAsync(PostingForms.NewUrl + "?handler=Save", new FormUrlEncodedContent(PostingForms.Fields()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.False(await db.Postings.AnyAsync());
    }

    [Fact]
    public async Task The_body_preview_renders_with_the_public_pipeline_for_signed_in_users_only()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var response = await author.PostFormAsync(PostingForms.NewUrl, new() { ["markdown"] = "## Role\n\n<script>alert(1)</script>" }, "/admin/postings/bodypreview");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2", html);
        Assert.DoesNotContain("<script>", html);
        using var anonymous = SignedInClient.Anonymous(app);
        var refused = await anonymous.PostAsync("/admin/postings/bodypreview", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "x" }));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static Task<HttpResponseMessage> Transition(SignedInClient client, TestApp app, Guid id, string handler) =>
        LoadAsync(app, id).ContinueWith(t => PostingForms.PostAsync(client, id, handler, new() { ["Form.Version"] = t.Result.Version.ToString(), ["confirmed"] = "true" })).Unwrap();

    internal static async Task<Posting> LoadAsync(TestApp app, Guid id)
    {
        await using var db = app.NewDbContext();
        return await db.Postings.SingleAsync(p => p.Id == id);
    }

    /// <summary>The editor's fields as the page would post them now, with some changed.</summary>
    internal static async Task<Dictionary<string, string>> CurrentFieldsAsync(TestApp app, Guid id, string? title = null, string? slug = null, string? body = null)
    {
        var p = await LoadAsync(app, id);
        var fields = PostingForms.Fields(title ?? p.Draft.Title, slug ?? p.Slug, p.Language, body ?? p.Draft.BodyMarkdown, p.Draft.Description);
        fields["Form.Version"] = p.Version.ToString();
        fields["Form.TranslationKey"] = p.TranslationKey;
        return fields;
    }
}
