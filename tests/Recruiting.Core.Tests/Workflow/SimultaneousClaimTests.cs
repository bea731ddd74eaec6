using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Identity;
using Recruiting.Core.Rendering;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Workflow;

/// <summary>
/// Two postings claiming one slug or alias at the same moment: both saves find it free, the unique index takes the
/// second, and that save is told so as a conflict naming what was taken (it used to throw, a 500 for the user). The
/// moment is made exact: the other posting's save runs, on its own connection, just after this save checked.
/// </summary>
public sealed class SimultaneousClaimTests
{
    private static readonly Actor Author = new("author@example.org", [Roles.Author]);

    private static PostingInput Input(string slug, params string[] aliases) =>
        new(Languages.English, slug, slug, new PostingContent { Title = "Data engineer", Description = "Build pipelines.", BodyMarkdown = "You build.", Aliases = aliases });

    private static PostingWorkflow Workflow(RecruitingDb db) =>
        new(db, new BodyRenderer(), [], new PublicContentChanges([], NullLogger<PublicContentChanges>.Instance), TimeProvider.System, PageTypeSet.Default);

    [Theory, Providers]
    public async Task A_slug_taken_by_another_posting_while_saving_is_a_conflict_naming_the_slug(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Just before this save's transaction starts (its check is done), another posting takes the slug and commits.
        var rival = new RunOnce(async () =>
        {
            await using var other = database.NewContext();
            Assert.True((await Workflow(other).CreateAsync(Input("data-engineer"), Author)).Succeeded);
        });
        await using var db = database.NewContext(new BeforeTransaction(rival));

        var result = await Workflow(db).CreateAsync(Input("data-engineer"), Author);

        Assert.True(rival.Ran);
        Assert.Equal(WorkflowOutcome.Conflict, result.Outcome);
        var issue = Assert.Single(result.Errors);
        Assert.Equal(("Slug", "slug-taken"), (issue.Field, issue.Code));
        Assert.Contains("took the slug 'data-engineer' while this one was being saved", issue.Message);
        await using var check = database.NewContext();
        Assert.Equal(1, await check.Postings.CountAsync());
        Assert.Equal(1, await check.Revisions.CountAsync());
    }

    [PostgresFact] // SQLite writes one transaction at a time, so there two saves cannot both reach the redirects.
    public async Task An_alias_taken_by_another_posting_while_saving_is_a_conflict_naming_the_address()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseOptions.Postgres);
        Guid mine, theirs;
        await using (var setup = database.NewContext())
        {
            mine = (await Workflow(setup).CreateAsync(Input("data-engineer"), Author)).Posting!.Id;
            theirs = (await Workflow(setup).CreateAsync(Input("data-analyst"), Author)).Posting!.Id;
        }
        // Once this save has made every check and read which paths are held, just before it writes its new redirect,
        // the other posting takes the alias and commits.
        var rival = new RunOnce(async () =>
        {
            await using var other = database.NewContext();
            Assert.True((await Workflow(other).SaveDraftAsync(theirs, Input("data-analyst", "/jobs/data"), 1, Author)).Succeeded);
        });
        await using var db = database.NewContext(new BeforeWritingRedirects(rival));

        var result = await Workflow(db).SaveDraftAsync(mine, Input("data-engineer", "/jobs/data"), 1, Author);

        Assert.True(rival.Ran);
        Assert.Equal(WorkflowOutcome.Conflict, result.Outcome);
        var issue = Assert.Single(result.Errors);
        Assert.Equal(("Aliases", "alias-taken"), (issue.Field, issue.Code));
        Assert.Contains("took the address '/jobs/data'", issue.Message);
        await using var check = database.NewContext();
        Assert.Equal(theirs, (await check.Redirects.SingleAsync()).PostingId);
        Assert.Equal(1, (await check.Postings.SingleAsync(p => p.Id == mine)).Version); // nothing of the refused save kept
    }

    private sealed class RunOnce(Func<Task> action)
    {
        public bool Ran { get; private set; }
        public async Task RunAsync()
        {
            if (Ran) return;
            Ran = true;
            await action();
        }
    }

    private sealed class BeforeTransaction(RunOnce rival) : DbTransactionInterceptor
    {
        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken ct = default)
        {
            await rival.RunAsync();
            return result;
        }
    }

    private sealed class BeforeWritingRedirects(RunOnce rival) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
            InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<Redirect>().Any(e => e.State == EntityState.Added))
                await rival.RunAsync();
            return result;
        }
    }
}
