using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Identity;
using Recruiting.Core.Lint;
using Recruiting.Core.Lint.Rules;
using Recruiting.Core.Rendering;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Lint;

public sealed class SiteLintTests
{
    private static readonly Actor Publisher = new("publisher@example.org", [Roles.Publisher, Roles.Author]);

    private static PostingWorkflow Workflow(RecruitingDb db) => new(db, new BodyRenderer(), [], new PublicContentChanges([], NullLogger<PublicContentChanges>.Instance), TimeProvider.System, PageTypeSet.Default);

    private static PostingInput Input(string lang, string slug, string key, string? lever, string body = "## Role\n\nYou build.") =>
        new(lang, slug, key, new PostingContent { Title = slug, Description = "A job.", BodyMarkdown = body, LeverId = lever });

    private static PostingInput Located(PostingInput input) =>
        input with { Content = input.Content with { Locations = [new("Montréal", "QC", "Canada")] } };

    private static async Task<Guid> PublishAsync(RecruitingDb db, PostingInput input)
    {
        var created = await Workflow(db).CreateAsync(input, Publisher);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        Assert.True((await Workflow(db).PublishAsync(created.Posting!.Id, null, Publisher)).Succeeded);
        return created.Posting.Id;
    }

    [Theory, Providers]
    public async Task Lints_every_stored_posting_in_one_query(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        const string lever = "0f0e0d0c-0000-4000-8000-00000000000a";
        await using (var db = database.NewContext())
        {
            await PublishAsync(db, Input("en", "data-engineer", "data", lever, "## Role\n\nMail [us] (mailto:jobs@example.org)."));
            await PublishAsync(db, Located(Input("fr", "ingenieur-donnees", "data", lever)));
            await PublishAsync(db, Input("en", "data-engineer-2", "data-2", lever));
            await PublishAsync(db, Input("en", "no-lever", "no-lever", null));
            await PublishAsync(db, Input("en", "bad-lever", "bad-lever", "123456"));
            await Workflow(db).CreateAsync(Input("en", "draft-only", "draft", null, "#### Deep"), Publisher);
            var trashed = await PublishAsync(db, Input("en", "trashed", "trashed", null, "<script>x</script>"));
            Assert.True((await Workflow(db).TrashAsync(trashed, null, Publisher)).Succeeded);
        }

        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<RecruitingDb>();
        StorageServices.Configure(options, database.Provider, database.ConnectionString);
        options.AddInterceptors(counter);
        await using var lintDb = new RecruitingDb(options.Options);
        var warnings = await new SiteLint(lintDb).RunAsync();

        Assert.Equal(1, counter.Count);
        Assert.Equal(
        [
            ("en", "bad-lever", LeverIdFormatRule.Id, (int?)null),
            ("en", "bad-lever", MissingLocationRule.Id, null),
            ("en", "bad-lever", MissingTranslationRule.Id, null),
            ("en", "data-engineer", MissingLocationRule.Id, null),
            ("en", "data-engineer", SharedLeverIdRule.Id, null),
            ("en", "data-engineer", MalformedLinkRule.Id, 3),
            ("en", "data-engineer-2", MissingLocationRule.Id, null),
            ("en", "data-engineer-2", MissingTranslationRule.Id, null),
            ("en", "data-engineer-2", SharedLeverIdRule.Id, null),
            ("en", "draft-only", HeadingLevelRule.Id, 1),
            ("en", "no-lever", MissingLeverIdRule.Id, null),
            ("en", "no-lever", MissingLocationRule.Id, null),
            ("en", "no-lever", MissingTranslationRule.Id, null),
            ("fr", "ingenieur-donnees", SharedLeverIdRule.Id, null),
        ],
        warnings.Select(w => (w.Language, w.Slug, w.RuleId, w.Line)));
    }

    [Fact]
    public async Task Saving_a_draft_returns_the_lint_warnings_and_still_saves()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var result = await Workflow(db).CreateAsync(Input("en", "dev", "dev", null, "## Role\n\nMail [us] (mailto:jobs@example.org).\n\n<b onclick=\"x()\">hi</b>"), Publisher);
        Assert.True(result.Succeeded);
        Assert.Equal(["lint.malformed-link", "lint.removed-html"], result.Warnings.Select(w => w.Code));
        Assert.All(result.Warnings, w => Assert.Equal("BodyMarkdown", w.Field));
        Assert.Equal(1, await db.Postings.CountAsync());
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
