using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy;

namespace Recruiting.Legacy.Tests.Importing;

/// <summary>A run that hands each file's report to a sink as soon as it is done with the file, instead of keeping them all.</summary>
public sealed class ReportSinkTests
{
    private sealed class Received : IFileReportSink
    {
        public List<(int Index, FileReport File)> Files { get; } = [];
        public void Add(int index, FileReport file) => Files.Add((index, file));
    }

    private static (string, FileOutcome, string?, string?, string, string) Seen(FileReport f) =>
        (f.Path, f.Outcome, f.Language, f.Slug, string.Join("\n", f.Messages), string.Join("\n", f.Ambiguities));

    [Fact]
    public async Task A_sink_receives_every_file_once_as_the_run_finishes_it_and_the_run_keeps_only_the_counts()
    {
        await using var keeping = await ImportHarness.CreateAsync();
        var kept = await keeping.ImportAsync(Samples.Archive, new ImportOptions(ChunkSize: 2));
        await using var harness = await ImportHarness.CreateAsync();
        var sink = new Received();

        var report = await harness.ImportAsync(Samples.Archive, new ImportOptions(ChunkSize: 2), sink: sink);

        Assert.Empty(report.Files);
        Assert.Equal(kept.Summary(), report.Summary());
        Assert.Equal((9, 7, 1, 1), (report.Total, report.Created, report.Rejected, report.Skipped));
        Assert.Equal(kept.Files.Select(Seen), sink.Files.OrderBy(f => f.Index).Select(f => Seen(f.File)));
        Assert.Equal(Enumerable.Range(0, kept.Files.Count), sink.Files.Select(f => f.Index).Order());
        // Pass one's files first, in the order given (the broken file, then the picture); then the files written, in the run's order: archived postings last.
        var order = sink.Files.Select(f => f.File.Path).ToList();
        Assert.Equal(["archive/misc/broken.md", "archive/misc/photo.png"], order[..2]);
        Assert.EndsWith("/chef-d-equipe-2021.md", order[^1]);
    }
}
