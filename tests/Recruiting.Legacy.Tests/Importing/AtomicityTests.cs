using Microsoft.EntityFrameworkCore;
using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;

namespace Recruiting.Legacy.Tests.Importing;

public sealed class AtomicityTests
{
    /// <summary>
    /// Makes the database refuse the revision of the posting <paramref name="slug"/>, which is written after the
    /// posting's own row: a failure in the middle of that file, as a crash or a full disk would cause.
    /// </summary>
    private static async Task<ImportHarness> RefusingRevisionOfAsync(string slug)
    {
        var harness = await ImportHarness.CreateAsync();
        await using var db = harness.NewDbContext();
        // DDL takes no parameters; the slug is the test's own.
        var trigger = $"""
            CREATE TRIGGER refuse_{slug} BEFORE INSERT ON posting_revisions WHEN NEW.Slug = '{slug}'
            BEGIN SELECT RAISE(ABORT, 'Simulated failure mid-file'); END;
            """;
        await db.Database.ExecuteSqlRawAsync(trigger);
        return harness;
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_file_stores_nothing_of_it_and_the_others_import()
    {
        using var folder = Samples.Write(
            ("en/alpha.md", "---\ntitle: Alpha\ndescription: A.\naliases: [/old/alpha/]\n---\nAlpha body.\n"),
            ("en/bravo.md", "---\ntitle: Bravo\ndescription: B.\naliases: [/old/bravo/]\n---\nBravo body.\n"),
            ("en/charlie.md", "---\ntitle: Charlie\ndescription: C.\n---\nCharlie body.\n"));
        await using var harness = await RefusingRevisionOfAsync("bravo");

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
        await using var harness = await RefusingRevisionOfAsync("bravo");

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
