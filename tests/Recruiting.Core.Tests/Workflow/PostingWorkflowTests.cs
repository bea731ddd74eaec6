using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Identity;
using Recruiting.Core.Rendering;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Workflow;

public sealed class PostingWorkflowTests
{
    private static readonly Actor Author = new("author@example.org", [Roles.Author]);
    private static readonly Actor Publisher = new("publisher@example.org", [Roles.Publisher]);

    private static PostingInput Input(string slug = "data-engineer", string title = "Data engineer") =>
        new(Languages.English, slug, "data-engineer", new PostingContent { Title = title, Description = "Build pipelines.", BodyMarkdown = "## Role\n\nYou build." });

    private static PostingWorkflow Workflow(RecruitingDb db) => new(db, new BodyRenderer(), [], new PublicContentChanges([], NullLogger<PublicContentChanges>.Instance), TimeProvider.System, PageTypeSet.Default);

    [Theory, Providers]
    public async Task Published_version_stays_live_while_a_new_draft_is_edited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid id;
        await using (var db = database.NewContext())
        {
            var created = await Workflow(db).CreateAsync(Input(), Author);
            id = created.Posting!.Id;
            Assert.True((await Workflow(db).PublishAsync(id, null, Publisher)).Succeeded);
        }
        await using (var db = database.NewContext())
        {
            var posting = await db.Postings.SingleAsync();
            var result = await Workflow(db).SaveDraftAsync(id, Input(title: "Senior data engineer"), posting.Version, Author);
            Assert.True(result.Succeeded);
        }
        await using (var db = database.NewContext())
        {
            var visible = await PublicPostings.Visible(db).SingleAsync();
            Assert.Equal("Data engineer", visible.Published!.Title);
            Assert.Equal("Senior data engineer", visible.Draft.Title);
            Assert.Contains("<h2", visible.PublishedHtml);
            Assert.Equal([1, 2, 3], await db.Revisions.Where(r => r.PostingId == id).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync());
        }
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_not_an_overwrite()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var id = (await Workflow(db).CreateAsync(Input(), Author)).Posting!.Id;
        Assert.True((await Workflow(db).SaveDraftAsync(id, Input(title: "First"), 1, Author)).Succeeded);
        var second = await Workflow(db).SaveDraftAsync(id, Input(title: "Second"), 1, Author);
        Assert.Equal(WorkflowOutcome.Conflict, second.Outcome);
        await using var check = database.NewContext();
        Assert.Equal("First", (await check.Postings.SingleAsync()).Draft.Title);
    }

    [Fact]
    public async Task An_author_cannot_publish_and_a_draft_is_never_public()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var id = (await Workflow(db).CreateAsync(Input(), Author)).Posting!.Id;
        Assert.Equal(WorkflowOutcome.Forbidden, (await Workflow(db).PublishAsync(id, null, Author)).Outcome);
        Assert.Empty(await PublicPostings.Visible(db).ToListAsync());
    }

    [Fact]
    public async Task A_changed_slug_keeps_the_old_url_as_a_redirect_once_published()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var id = (await Workflow(db).CreateAsync(Input(), Author)).Posting!.Id;
        Assert.True((await Workflow(db).SaveDraftAsync(id, Input(slug: "data-engineer-2"), 1, Author)).Succeeded);
        Assert.Empty(await db.Redirects.ToListAsync()); // never public under its first slug: nothing to keep
        Assert.True((await Workflow(db).PublishAsync(id, null, Publisher)).Succeeded);
        Assert.True((await Workflow(db).SaveDraftAsync(id, Input(slug: "data-engineer-3"), 3, Author)).Succeeded);
        Assert.Empty(await db.Redirects.ToListAsync()); // a saved draft moves nothing public
        Assert.True((await Workflow(db).PublishAsync(id, null, Publisher)).Succeeded);
        var redirect = await db.Redirects.SingleAsync();
        Assert.Equal("/en/careers/data-engineer-2", redirect.Path);
        Assert.Equal(id, redirect.PostingId);
        Assert.NotNull(redirect.PublishedAt);
    }

    [Fact]
    public async Task Invalid_input_is_reported_per_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var result = await Workflow(db).CreateAsync(new PostingInput("de", "Bad Slug", "", new PostingContent()), Author);
        Assert.Equal(WorkflowOutcome.Invalid, result.Outcome);
        Assert.Equal(["Description", "Language", "Slug", "Title"], result.Errors.Select(e => e.Field).Order());
    }
}
