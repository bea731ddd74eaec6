using Recruiting.Core.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

/// <summary>Puts postings in each workflow state through the real PostingWorkflow of a running TestApp.</summary>
internal sealed class PostingSeeder(TestApp app)
{
    private static readonly Actor Editor = Actor.System("test-seeder");

    public static PostingContent Content(string title, string body = "Body text.", string? description = null) => new()
    {
        Title = title,
        Description = description ?? $"About {title}.",
        BodyMarkdown = body,
    };

    public async Task<Guid> DraftAsync(string lang, string slug, PostingContent content, string? translationKey = null)
    {
        var result = await RunAsync(w => w.CreateAsync(new PostingInput(lang, slug, translationKey ?? slug, content), Editor));
        return result.Posting!.Id;
    }

    public async Task<Guid> PublishedAsync(string lang, string slug, PostingContent content, string? translationKey = null)
    {
        var id = await DraftAsync(lang, slug, content, translationKey);
        await RunAsync(w => w.PublishAsync(id, null, Editor));
        return id;
    }

    public async Task<Guid> ArchivedAsync(string lang, string slug, PostingContent content, string? translationKey = null)
    {
        var id = await PublishedAsync(lang, slug, content, translationKey);
        await RunAsync(w => w.ArchiveAsync(id, null, Editor));
        return id;
    }

    public async Task<Guid> ScheduledAsync(string lang, string slug, PostingContent content)
    {
        var id = await DraftAsync(lang, slug, content);
        await RunAsync(w => w.ScheduleAsync(id, DateTimeOffset.UtcNow.AddDays(3), null, Editor));
        return id;
    }

    public async Task<Guid> InReviewAsync(string lang, string slug, PostingContent content)
    {
        var id = await DraftAsync(lang, slug, content);
        await RunAsync(w => w.SubmitForReviewAsync(id, null, Editor));
        return id;
    }

    public async Task<Guid> UnpublishedAsync(string lang, string slug, PostingContent content)
    {
        var id = await PublishedAsync(lang, slug, content);
        await RunAsync(w => w.UnpublishAsync(id, null, Editor));
        return id;
    }

    public async Task<Guid> TrashedAsync(string lang, string slug, PostingContent content)
    {
        var id = await PublishedAsync(lang, slug, content);
        await RunAsync(w => w.TrashAsync(id, null, Editor));
        return id;
    }

    public async Task<WorkflowResult> SaveDraftAsync(Guid id, string lang, string slug, PostingContent content)
    {
        await using var db = app.NewDbContext();
        var version = db.Postings.Single(p => p.Id == id).Version;
        return await RunAsync(w => w.SaveDraftAsync(id, new PostingInput(lang, slug, "", content), version, Editor));
    }

    /// <summary>Sets when a posting was first published, as an import of an old posting would (the workflow stamps now).</summary>
    public async Task FirstPublishedAsync(Guid id, DateTimeOffset at)
    {
        await using (var db = app.NewDbContext())
            await db.Postings.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.FirstPublishedAt, at));
        await app.Service<PublicContentChanges>().PublishAsync(PublicContentChange.Postings([id]));
    }

    public async Task<WorkflowResult> RunAsync(Func<PostingWorkflow, Task<WorkflowResult>> step)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await step(scope.ServiceProvider.GetRequiredService<PostingWorkflow>());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result;
    }
}
