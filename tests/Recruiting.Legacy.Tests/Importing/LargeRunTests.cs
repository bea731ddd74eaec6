using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;
using Recruiting.Testing;

namespace Recruiting.Legacy.Tests.Importing;

/// <summary>Runs of more files than one transaction holds: every file is written once, in its chunk, and a second run changes nothing.</summary>
public sealed class LargeRunTests
{
    [Theory, Providers]
    public async Task Every_file_of_a_run_spanning_several_transactions_is_stored_once(string provider)
    {
        var count = 2 * ImportOptions.DefaultChunkSize + 3;
        using var folder = Samples.Write(Enumerable.Range(0, count).Select(i => (
            $"{(i % 2 == 0 ? "en" : "fr")}/job-{i:D4}.md",
            $"---\ntitle: Job {i}\ndescription: Posting {i}.\ntranslationKey: job-{i / 2}\naliases: [/old/job-{i}/]\n---\nBody of posting {i}.\n")).ToArray());
        await using var harness = await ImportHarness.CreateAsync(provider);

        var first = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);
        var second = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);

        Assert.Equal((count, 0, 0), (first.Created, first.Rejected, first.Ambiguities));
        Assert.Equal(count, second.Unchanged);
        await using var db = harness.NewDbContext();
        Assert.Equal(count, await db.Postings.CountAsync());
        Assert.Equal(count, await db.Revisions.CountAsync());
        Assert.Equal(count, await db.AuditLog.CountAsync(a => a.Action == "posting.import"));
        Assert.Equal(count, await db.Redirects.CountAsync(r => r.Path.StartsWith("/old/")));
        var paired = await db.Postings.GroupBy(p => p.TranslationKey).CountAsync(g => g.Count() == 2);
        Assert.Equal(count / 2, paired);
        var last = await db.Postings.SingleAsync(p => p.Slug == $"job-{count - 1:D4}");
        Assert.Contains($"Body of posting {count - 1}.", last.PublishedHtml);
    }

    [Fact]
    public async Task Files_changed_across_several_transactions_become_new_revisions_and_the_others_stay_unchanged()
    {
        var count = ImportOptions.DefaultChunkSize + 150;
        var changed = new[] { 3, ImportOptions.DefaultChunkSize / 2, count - 2 };
        using var folder = Samples.Write(Enumerable.Range(0, count).Select(i => ($"en/job-{i:D4}.md", Posting(i, "First"))).ToArray());
        await using var harness = await ImportHarness.CreateAsync();
        await harness.ImportAsync(folder.Path, baseFolder: folder.Path);
        foreach (var i in changed) folder.Write($"en/job-{i:D4}.md", Posting(i, "Second"));

        var second = await harness.ImportAsync(folder.Path, baseFolder: folder.Path);

        Assert.Equal((changed.Length, count - changed.Length, 0), (second.Updated, second.Unchanged, second.Rejected));
        await using var db = harness.NewDbContext();
        var revised = await db.Revisions.GroupBy(r => r.PostingId).Where(g => g.Count() == 2)
            .Select(g => g.Max(r => r.Number)).ToListAsync();
        Assert.Equal([2, 2, 2], revised);
        var titles = await db.Postings.Where(p => p.Version == 2).Select(p => p.PublishedTitle).ToListAsync();
        Assert.Equal(changed.Select(i => $"Job {i} (Second)").Order(), titles.Order());
    }

    private static string Posting(int i, string edition) =>
        $"---\ntitle: Job {i} ({edition})\ndescription: Posting {i}.\n---\n{edition} body of posting {i}.\n";
}
