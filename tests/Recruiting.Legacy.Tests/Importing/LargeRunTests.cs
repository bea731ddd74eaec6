using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Legacy.Import;
using Recruiting.Legacy.Tests.Support;
using Recruiting.Testing;

namespace Recruiting.Legacy.Tests.Importing;

/// <summary>Runs of more files than one transaction holds: every file is written once, in its chunk, and a second run changes nothing.</summary>
public sealed class LargeRunTests
{
    [Theory, Providers]
    public async Task Every_file_of_a_run_spanning_several_transactions_is_stored_once(string provider)
    {
        var count = 2 * LegacyImporter.FilesPerTransaction + 3;
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
}
