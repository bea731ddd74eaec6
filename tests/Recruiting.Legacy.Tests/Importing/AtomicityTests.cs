using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Storage;
using Recruiting.Legacy.Import;
using Recruiting.Legacy.Tests.Support;

namespace Recruiting.Legacy.Tests.Importing;

public sealed class AtomicityTests
{
    /// <summary>Lets the INSERT of one posting run, then fails, as a crash in the middle of that file's transaction would.</summary>
    private sealed class CrashAfterPostingInsert(string slug) : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData data, DbDataReader result, CancellationToken ct = default) =>
            Hits(command) ? throw new InvalidOperationException("Simulated crash mid-file") : ValueTask.FromResult(result);

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData data, int result, CancellationToken ct = default) =>
            Hits(command) ? throw new InvalidOperationException("Simulated crash mid-file") : ValueTask.FromResult(result);

        private bool Hits(DbCommand command) =>
            command.CommandText.Contains("INSERT INTO \"postings\"") && command.Parameters.Cast<DbParameter>().Any(p => Equals(p.Value, slug));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_file_stores_nothing_of_it_and_the_others_import()
    {
        using var folder = Samples.Write(
            ("en/alpha.md", "---\ntitle: Alpha\ndescription: A.\naliases: [/old/alpha/]\n---\nAlpha body.\n"),
            ("en/bravo.md", "---\ntitle: Bravo\ndescription: B.\naliases: [/old/bravo/]\n---\nBravo body.\n"),
            ("en/charlie.md", "---\ntitle: Charlie\ndescription: C.\n---\nCharlie body.\n"));
        await using var harness = await ImportHarness.CreateAsync(extra: services =>
            services.ConfigureDbContext<RecruitingDb>((_, options) => options.AddInterceptors(new CrashAfterPostingInsert("bravo"))));

        var report = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);

        var bravo = report.Files.Single(f => f.Path.EndsWith("bravo.md"));
        Assert.Equal(FileOutcome.Rejected, bravo.Outcome);
        Assert.Contains("nothing of it was stored", bravo.Messages.Single(m => m.Code == "not-stored").Message);
        Assert.Equal(2, report.Created);
        await using var db = harness.NewDbContext();
        Assert.Equal(["alpha", "charlie"], await db.Postings.OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync());
        Assert.Equal(2, await db.Revisions.CountAsync());
        Assert.Equal(2, await db.AuditLog.CountAsync());
        Assert.False(await db.Redirects.AnyAsync(r => r.Path.Contains("bravo")));
    }

    [Fact]
    public async Task A_lone_file_the_database_refuses_is_reported_and_stores_nothing()
    {
        using var folder = Samples.Write(("en/bravo.md", "---\ntitle: Bravo\ndescription: B.\naliases: [/old/bravo/]\n---\nBravo body.\n"));
        await using var harness = await ImportHarness.CreateAsync(extra: services =>
            services.ConfigureDbContext<RecruitingDb>((_, options) => options.AddInterceptors(new CrashAfterPostingInsert("bravo"))));

        var report = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);

        var bravo = report.Files.Single();
        Assert.Equal(FileOutcome.Rejected, bravo.Outcome);
        Assert.Contains("nothing of it was stored", bravo.Messages.Single(m => m.Code == "not-stored").Message);
        await using var db = harness.NewDbContext();
        Assert.False(await db.Postings.AnyAsync());
        Assert.False(await db.Revisions.AnyAsync());
        Assert.False(await db.Redirects.AnyAsync());
    }

    [Fact]
    public async Task A_file_with_invalid_front_matter_writes_nothing_and_says_where()
    {
        using var folder = Samples.Write(("en/ok.md", "---\ntitle: Fine\ndescription: Fine.\n---\nFine.\n"));
        File.Copy(Samples.Parser("invalid-body-above-closing.md"), Path.Combine(folder.Path, "en", "broken.md"));
        await using var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);

        var broken = report.Files.Single(f => f.Path == "en/broken.md");
        var error = broken.Messages.Single();
        Assert.Equal((FileOutcome.Rejected, "error", 5), (broken.Outcome, error.Severity, error.Line));
        Assert.NotNull(error.Action);
        await using var db = harness.NewDbContext();
        Assert.Equal("ok", (await db.Postings.SingleAsync()).Slug);
        Assert.Equal(1, await db.AuditLog.CountAsync());
    }
}
