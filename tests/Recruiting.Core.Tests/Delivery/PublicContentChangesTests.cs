using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Identity;
using Recruiting.Core.Rendering;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Delivery;

/// <summary>The save pipeline and the import say what they changed for the public, once it is committed.</summary>
public sealed class PublicContentChangesTests
{
    private static readonly Actor Publisher = new("publisher@example.org", [Roles.Publisher]);

    private static PostingInput Input(string title = "Data engineer") =>
        new(Languages.English, "data-engineer", "data-engineer", new PostingContent { Title = title, Description = "Pipelines.", BodyMarkdown = "Body." });

    [Theory, Providers]
    public async Task Every_committed_step_is_told_after_its_commit(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var listener = new CommittedTitles(database);
        await using var db = database.NewContext();
        var workflow = Workflow(db, listener);

        var id = (await workflow.CreateAsync(Input(), Publisher)).Posting!.Id;
        await workflow.PublishAsync(id, null, Publisher);
        await workflow.SaveDraftAsync(id, Input("Senior data engineer"), 2, Publisher);

        Assert.Equal([(id, "Data engineer"), (id, "Data engineer"), (id, "Senior data engineer")], listener.Seen);
    }

    [Fact]
    public async Task A_refused_step_tells_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var listener = new CommittedTitles(database);
        await using var db = database.NewContext();
        var workflow = Workflow(db, listener);
        var id = (await workflow.CreateAsync(Input(), Publisher)).Posting!.Id;

        Assert.Equal(WorkflowOutcome.Conflict, (await workflow.SaveDraftAsync(id, Input("Stale"), 7, Publisher)).Outcome);
        Assert.Equal(WorkflowOutcome.NotAllowedNow, (await workflow.ArchiveAsync(id, null, Publisher)).Outcome);

        Assert.Single(listener.Seen);
    }

    [Theory, Providers]
    public async Task An_import_in_its_own_transaction_is_told_after_its_commit(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var listener = new CommittedTitles(database);
        await using var db = database.NewContext();
        var id = Guid.NewGuid();
        var import = new PostingImport(id, IsNew: true, Input("Imported"), Archived: false, "en/imported.md", "hash", [], Force: false);

        var result = await Workflow(db, listener).ImportAsync(import, Publisher);

        Assert.True(result.Succeeded);
        Assert.Equal([(id, "Imported")], listener.Seen);
    }

    [Fact]
    public async Task A_failing_listener_neither_fails_the_save_nor_silences_the_others()
    {
        await using var database = await TestDatabase.CreateAsync();
        var listener = new CommittedTitles(database);
        await using var db = database.NewContext();
        var changes = new PublicContentChanges([new Failing(), listener], NullLogger<PublicContentChanges>.Instance);
        var workflow = new PostingWorkflow(db, new BodyRenderer(), [], changes, TimeProvider.System, PageTypeSet.Default);

        var result = await workflow.CreateAsync(Input(), Publisher);

        Assert.True(result.Succeeded);
        Assert.Single(listener.Seen);
    }

    [Fact]
    public void A_change_is_a_plain_value_that_survives_json()
    {
        var change = PublicContentChange.Postings([Guid.NewGuid(), Guid.NewGuid()]) with { PageLanguages = ["fr"] };

        var copy = JsonSerializer.Deserialize<PublicContentChange>(JsonSerializer.Serialize(change))!;

        Assert.Equal(change.PostingIds, copy.PostingIds);
        Assert.Equal(change.PageLanguages, copy.PageLanguages);
        Assert.False(copy.Everything);
        Assert.True(JsonSerializer.Deserialize<PublicContentChange>(JsonSerializer.Serialize(PublicContentChange.All))!.Everything);
    }

    private static PostingWorkflow Workflow(RecruitingDb db, IPublicContentListener listener) =>
        new(db, new BodyRenderer(), [], new PublicContentChanges([listener], NullLogger<PublicContentChanges>.Instance), TimeProvider.System, PageTypeSet.Default);

    /// <summary>Reads each changed posting through a connection of its own: it sees the change only once committed.</summary>
    private sealed class CommittedTitles(TestDatabase database) : IPublicContentListener
    {
        public List<(Guid, string)> Seen { get; } = [];

        public async Task OnChangedAsync(PublicContentChange change, CancellationToken ct)
        {
            await using var db = database.NewContext();
            foreach (var id in change.PostingIds)
                Seen.Add((id, (await db.Postings.AsNoTracking().SingleAsync(p => p.Id == id, ct)).Draft.Title));
        }
    }

    private sealed class Failing : IPublicContentListener
    {
        public Task OnChangedAsync(PublicContentChange change, CancellationToken ct) => throw new InvalidOperationException("listener down");
    }
}
