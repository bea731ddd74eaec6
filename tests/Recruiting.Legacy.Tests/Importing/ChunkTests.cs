using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;

namespace Recruiting.Legacy.Tests.Importing;

/// <summary>A run written in chunks of <see cref="ImportOptions.ChunkSize"/> files: each chunk commits on its own, and what is decided across chunks is decided as in one.</summary>
public sealed class ChunkTests
{
    private static string Posting(string title, string key, string lever) =>
        $"---\ntitle: {title}\ndescription: {title}.\ntranslationKey: {key}\nleverId: {lever}\n---\n{title} body.\n";

    [Fact]
    public async Task A_run_stopped_after_its_first_chunk_keeps_that_chunk_whole_and_nothing_of_the_next()
    {
        using var folder = Samples.Write(Enumerable.Range(0, 10).Select(i => ($"en/job-{i:D2}.md", Posting($"Job {i}", $"job-{i}", $"lever-{i}"))).ToArray());
        await using var harness = await ImportHarness.CreateAsync();
        using var stop = new CancellationTokenSource();
        var reports = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.WithScopeAsync(s =>
            s.GetRequiredService<LegacyImporter>().ImportAsync(ImportSourceReader.List([folder.Path], folder.Path), new ImportOptions(ChunkSize: 3), stop.Token,
                new Progress(() => { if (++reports == 2) stop.Cancel(); })))); // the first report is the scan's, the second the first commit's

        await using var db = harness.NewDbContext();
        Assert.Equal(["job-00", "job-01", "job-02"], await db.Postings.OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync());
        Assert.Equal(3, await db.Revisions.CountAsync());
        Assert.Equal(3, await db.AuditLog.CountAsync(a => a.Action == "posting.import"));

        var again = await harness.ImportAsync(folder.Path, new ImportOptions(ChunkSize: 3), folder.Path);
        Assert.Equal((7, 3), (again.Created, again.Unchanged));
    }

    [Fact]
    public async Task Translations_slugs_and_leverIds_are_decided_across_chunks_as_in_one()
    {
        // In path order every English file comes before every French one: with two files per chunk, no pair shares a chunk.
        using var folder = Samples.Write(
            ("en/a/developer.md", Posting("Developer", "dev-a", "lever-a")),
            ("en/b/designer.md", Posting("Designer", "design", "lever-b")),
            ("en/c/developer.md", Posting("Developer", "dev-c", "lever-c")),
            ("en/d/analyst.md", Posting("Analyst", "analyst", "lever-a")),
            ("fr/a/developpeur.md", Posting("Développeur", "dev-a", "lever-a")),
            ("fr/b/designer.md", Posting("Designer", "design", "lever-b")));
        await using var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(folder.Path, new ImportOptions(ChunkSize: 2), folder.Path);

        Assert.Equal((6, 0), (report.Created, report.Rejected));
        var ambiguities = report.Files.SelectMany(f => f.Ambiguities.Select(a => (f.Path, a.Code))).Order().ToList();
        // The translation in another chunk shares its leverId with its English posting; the analyst does not, and is told.
        Assert.Equal([("en/c/developer.md", "slug-taken"), ("en/d/analyst.md", "lever-id-shared"), ("fr/a/developpeur.md", "lever-id-shared")], ambiguities);
        Assert.Contains("en/d/analyst.md", report.Files.Single(f => f.Path == "fr/a/developpeur.md").Ambiguities.Single().Message);
        await using var db = harness.NewDbContext();
        var keys = await db.Postings.GroupBy(p => p.TranslationKey).Select(g => new { g.Key, Languages = g.Select(p => p.Language).OrderBy(l => l).ToList() }).ToListAsync();
        Assert.Equal(["en", "fr"], keys.Single(k => k.Key == "dev-a").Languages);
        Assert.Equal(["en", "fr"], keys.Single(k => k.Key == "design").Languages);
        Assert.Equal(["developer", "developer-2"], await db.Postings.Where(p => p.Language == "en" && p.Slug.StartsWith("developer")).OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync());
    }

    [Fact]
    public async Task A_file_the_database_refuses_in_a_later_chunk_is_rejected_alone()
    {
        using var folder = Samples.Write(Enumerable.Range(0, 7).Select(i => ($"en/job-{i}.md", Posting($"Job {i}", $"job-{i}", $"lever-{i}"))).ToArray());
        await using var harness = await ImportHarness.CreateAsync();
        await using (var setup = harness.NewDbContext())
            await setup.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER refuse_job_4 BEFORE INSERT ON posting_revisions WHEN NEW.Slug = 'job-4'
                BEGIN SELECT RAISE(ABORT, 'Simulated failure mid-file'); END;
                """);

        var report = await harness.ImportAsync(folder.Path, new ImportOptions(ChunkSize: 3), folder.Path);

        Assert.Equal((6, 1), (report.Created, report.Rejected));
        Assert.Equal("not-stored", report.Files.Single(f => f.Outcome == FileOutcome.Rejected && f.Path == "en/job-4.md").Messages.Single(m => m.Severity == "error").Code);
        await using var db = harness.NewDbContext();
        Assert.Equal(6, await db.Postings.CountAsync());
        Assert.False(await db.Postings.AnyAsync(p => p.Slug == "job-4"));
        Assert.Equal(6, await db.Revisions.CountAsync());
    }

    [Fact]
    public async Task A_file_whose_text_changes_between_the_two_passes_is_rejected_and_stores_nothing()
    {
        var sources = new[] { "en/alpha.md", "en/bravo.md" }.Select(p => new ImportSource(p, Posting(p[3..^3], p[3..^3], "lever-" + p))).ToArray();
        var reads = new int[sources.Length];
        var files = new ImportFiles(sources.Select(s => s.Path).ToArray(), i => Interlocked.Increment(ref reads[i]) == 2 && i == 1
            ? sources[i] with { Text = sources[i].Text.Replace("body", "edited body") }
            : sources[i]);
        await using var harness = await ImportHarness.CreateAsync();

        var report = await harness.WithScopeAsync(s => s.GetRequiredService<LegacyImporter>().ImportAsync(files, new ImportOptions()));

        var bravo = report.Files.Single(f => f.Path == "en/bravo.md");
        Assert.Equal((FileOutcome.Rejected, "changed-during-import"), (bravo.Outcome, bravo.Messages.Single(m => m.Severity == "error").Code));
        Assert.Equal(FileOutcome.Created, report.Files.Single(f => f.Path == "en/alpha.md").Outcome);
        Assert.Equal([2, 2], reads);
        await using var db = harness.NewDbContext();
        Assert.Equal(["alpha"], await db.Postings.Select(p => p.Slug).ToListAsync());
    }

    private sealed class Progress(Action report) : IProgress<int>
    {
        public void Report(int value) => report();
    }
}
