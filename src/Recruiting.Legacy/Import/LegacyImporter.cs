using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;
using Recruiting.Core.Telemetry;
using Recruiting.Core.Workflow;

namespace Recruiting.Legacy.Import;

/// <summary>
/// Imports legacy Hugo Markdown postings through the save pipeline (<see cref="PostingWorkflow.ImportAsync(IReadOnlyList{PreparedImport}, Actor, CancellationToken)"/>).
/// A file's identity is its <see cref="ImportSource.Path"/>: importing it again updates the same posting when
/// its text changed, and does nothing when it did not.
/// <para>A run streams, so that its memory depends on <see cref="ImportOptions.ChunkSize"/>, not on the number of files.
/// Pass one reads and parses every file (on every core, while the database state loads) and keeps of each only a small
/// outline: its hash, language, archived flag and old addresses (<see cref="ScannedFile"/>); unchanged files stop there.
/// From the outlines, the run's order (open before archived, then by path) and, for each old path, the file Hugo served
/// there are known. Pass two takes the files in that order, a chunk at a time: reads and parses them again, decides each
/// one's slug, translation key and redirects (<see cref="ImportDecisions"/>) against the state the earlier chunks left,
/// validates, lints and renders them, and writes the chunk in one transaction. Preparing the next chunk overlaps writing
/// this one; a chunk's texts, postings and rows are garbage once it is committed. A file is stored whole or not at all,
/// a failing file never stops the others, and a crash loses at most the uncommitted chunk, whole files only.</para>
/// </summary>
public sealed class LegacyImporter(RecruitingDb db, PostingWorkflow workflow, PublicContentChanges publicChanges, RecruitingMetrics metrics, PageTypeSet pageTypes)
{
    /// <summary>The first chunk is small, so that writing starts while the following chunks are prepared.</summary>
    private const int FirstChunk = 100;

    private sealed record Ready(PreparedFile File, PreparedImport Import);

    /// <summary>A chunk of files decided and prepared; <see cref="Consumed"/> lists, in the run's order, every file it took, the ones set aside on the way too (conflicts, changed files).</summary>
    private sealed record Chunk(Ready[] Files, int[] Consumed);

    /// <summary>Imports files already in memory (a console upload); see <see cref="ImportAsync(ImportFiles, ImportOptions, CancellationToken, IProgress{int}?)"/>.</summary>
    public Task<ImportReport> ImportAsync(IReadOnlyList<ImportSource> files, ImportOptions options, CancellationToken ct = default, IProgress<int>? progress = null) =>
        ImportAsync(ImportFiles.InMemory(files), options, ct, progress);

    /// <param name="sink">Receives each file's report as soon as the run is done with it; the report returned then
    /// keeps none, only the counts. Without one, it keeps every file's.</param>
    public async Task<ImportReport> ImportAsync(ImportFiles files, ImportOptions options, CancellationToken ct = default, IProgress<int>? progress = null, IFileReportSink? sink = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ChunkSize, 1);
        var report = new ImportReport { DryRun = options.DryRun };
        var reports = new RunReports(files, report, sink);
        var actor = Actor.System(options.ActorName);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var bulkWrite = options.DryRun ? null : await SqliteBulkWrite.StartAsync(db, ct);
            var (state, servedBy, ordered) = await ScanAsync(files, reports, options, ct);
            var done = files.Count - ordered.Length;
            progress?.Report(done);
            // One chunk waits for the writer while the next is prepared: at most three chunks are in memory.
            var chunks = Channel.CreateBounded<Chunk>(1);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var producer = Task.Run(() => ProduceAsync(files, ordered, state, servedBy, reports, options, chunks.Writer, stop.Token), CancellationToken.None);
            try
            {
                await foreach (var chunk in chunks.Reader.ReadAllAsync(ct))
                {
                    await WriteChunkAsync(chunk.Files, options, actor, ct);
                    bulkWrite?.Committed();
                    foreach (var index in chunk.Consumed) Done(reports, index, options);
                    progress?.Report(done += chunk.Consumed.Length);
                    ReleaseCommittedChunks(options);
                }
            }
            finally
            {
                await stop.CancelAsync(); // a writer that stopped early must not leave the producer waiting
                await producer;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        if (sink is null) reports.Keep();
        return report;
    }

    private void Done(RunReports reports, int index, ImportOptions options)
    {
        var file = reports.Done(index);
        if (!options.DryRun) metrics.ImportedFile(file.Outcome.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// A chunk lives for seconds (prepared, waiting, written), long enough for the collector to promote its texts and
    /// rows to its oldest generation, which it collects only when that generation's budget is spent: left alone, the
    /// heap grew by the size of every chunk written (a 10,000-file run of 7 KB postings reached 600 MB with 100 MB
    /// alive). Once the heap holds about six chunks more than the last full blocking collection left alive (the run's
    /// state, which grows with the files written, and the chunks then in flight), a full collection after a commit
    /// frees the memory of the committed chunks for the next ones, so what the heap holds beyond what is alive follows
    /// the chunk size, not the number of files. A fixed threshold (64 MB and six chunks) did not: small runs let the heap
    /// grow to it, and large ones, whose state alone passed it, collected after nearly every chunk (about 450 full
    /// collections in a realistic 50,000-file run, 180 now). It does not compact: the freed space is reused
    /// all the same, and moving what is alive each time (the report, the run's state) cost more: on realistic
    /// 10,000-file runs, alternated, 5-7% more CPU and twice the pause time, for a peak no lower.
    /// </summary>
    private static void ReleaseCommittedChunks(ImportOptions options)
    {
        var last = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        if (GC.GetTotalMemory(forceFullCollection: false) > last.HeapSizeBytes - last.FragmentedBytes + 6 * options.ChunkSize * BytesPerFile)
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
    }

    /// <summary>A chunk's memory per file (text, posting, HTML, rows): a rough figure, measured.</summary>
    private const long BytesPerFile = 40L << 10;

    /// <summary>
    /// Pass one: reads every file on every core while the database state loads beside them. Until it has loaded, a file
    /// is parsed even if it may turn out unchanged; <see cref="FilePreparer.Settle"/> then decides, so the outcome never
    /// depends on which finished first. Returns, for each old path several files to write claim, the file served there
    /// (<see cref="ImportDecisions.ServedPaths"/>, decided from their outlines, which the run then lets go of), and the
    /// files left to write in the run's order: open before archived, then by path. Pass two empties each slot as it
    /// takes the file.
    /// </summary>
    private async Task<(ImportState, Dictionary<string, string>, PendingFile?[])> ScanAsync(ImportFiles files, RunReports reports, ImportOptions options, CancellationToken ct)
    {
        var loading = Task.Run(() => ImportState.LoadAsync(db, ct), ct);
        var scanned = new ScannedFile?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = ct },
            i => scanned[i] = FilePreparer.Scan(files.Read(i), reports.Start(i), options, loading.IsCompletedSuccessfully ? loading.Result : null, pageTypes.JobPosting));
        var state = await loading;
        var pending = new List<PendingFile>();
        var outlines = new List<(string, FileOutline)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (scanned[i] is { } file && FilePreparer.Settle(i, file, reports[i], state) is { } settled)
            {
                pending.Add(settled);
                outlines.Add((file.Path, file.Outline!)); // a file to write parsed
            }
            else Done(reports, i, options);
        }
        state.Expect(pending.Count(f => f.Existing is null));
        return (state, ImportDecisions.ServedPaths(outlines),
            pending.OrderBy(f => f.Archived).ThenBy(f => f.Path, StringComparer.Ordinal).ToArray<PendingFile?>());
    }

    /// <summary>
    /// Pass two: reads, decides and prepares the files chunk by chunk in the run's order, a small first chunk so that
    /// writing starts early. Never throws: a failure completes the channel, and the writer sees it there.
    /// </summary>
    private async Task ProduceAsync(ImportFiles files, PendingFile?[] ordered, ImportState state, Dictionary<string, string> servedBy, RunReports reports,
        ImportOptions options, ChannelWriter<Chunk> chunks, CancellationToken ct)
    {
        try
        {
            var next = 0;
            for (var size = Math.Min(FirstChunk, options.ChunkSize); next < ordered.Length; size = options.ChunkSize)
            {
                var (taken, consumed) = Take(ordered, ref next, size, reports, options);
                var read = Reread(files, taken, reports, options, ct);
                await chunks.WriteAsync(new Chunk(Prepare(Decide(read, state, servedBy, options), ct), consumed), ct);
            }
            chunks.Complete();
        }
        catch (Exception e)
        {
            chunks.Complete(e);
        }
    }

    /// <summary>The next <paramref name="size"/> files to write, and the indices of all the files consumed: a posting edited in the CMS since its import is a conflict, not read again.</summary>
    private static (List<PendingFile>, int[]) Take(PendingFile?[] ordered, ref int next, int size, RunReports reports, ImportOptions options)
    {
        var taken = new List<PendingFile>(size);
        var consumed = new List<int>(size);
        for (; next < ordered.Length && taken.Count < size; next++)
        {
            var file = ordered[next]!;
            ordered[next] = null; // the run no longer needs its outline
            consumed.Add(file.Index);
            if (file.Existing is { EditedSinceImport: true } edited && !options.Force) Conflict(reports[file.Index], edited);
            else taken.Add(file);
        }
        return (taken, consumed.ToArray());
    }

    private List<PreparedFile> Reread(ImportFiles files, List<PendingFile> chunk, RunReports reports, ImportOptions options, CancellationToken ct)
    {
        var read = new PreparedFile?[chunk.Count];
        Parallel.For(0, chunk.Count, new ParallelOptions { CancellationToken = ct }, i =>
            read[i] = FilePreparer.Reread(files.Read(chunk[i].Index), chunk[i], reports[chunk[i].Index], options, pageTypes.JobPosting));
        return read.OfType<PreparedFile>().ToList();
    }

    /// <summary>
    /// Decides each file of a chunk in order against the state as the earlier files (of this chunk and the ones before)
    /// leave it. A file that fails validation reserves nothing; one the database refuses later already has.
    /// </summary>
    private (PreparedFile File, PostingImport Import)[] Decide(List<PreparedFile> chunk, ImportState state, Dictionary<string, string> servedBy, ImportOptions options)
    {
        var decided = new (PreparedFile, PostingImport)[chunk.Count];
        for (var i = 0; i < chunk.Count; i++)
        {
            var file = chunk[i];
            var import = ImportDecisions.Decide(file, state, servedBy, options.Force);
            if (PostingValidator.Validate(import.Input, type: pageTypes.JobPosting).Errors.Count == 0)
                state.Remember(Row(import, file.Existing is { } e ? e.Version + 1 : 1), (import.Input.Language, import.Input.Slug), import.RedirectPaths);
            decided[i] = (file, import);
        }
        return decided;
    }

    private Ready[] Prepare((PreparedFile File, PostingImport Import)[] chunk, CancellationToken ct)
    {
        var ready = new Ready[chunk.Length];
        Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = ct },
            i => ready[i] = new Ready(chunk[i].File, workflow.Prepare(chunk[i].Import)));
        return ready;
    }

    /// <summary>Writes the chunk in one transaction; the database refusing it sends its files one by one, so the faulty one is found.</summary>
    private async Task WriteChunkAsync(Ready[] chunk, ImportOptions options, Actor actor, CancellationToken ct)
    {
        foreach (var (file, prepared) in chunk)
            file.Report.Messages.AddRange(ImportLint.Messages(prepared.Lint, file.Posting.BodyLine));
        if (options.DryRun)
        {
            // The same checks as the write, against the database as it is; nothing is written.
            var checks = await workflow.CheckImportAsync(chunk.Select(r => r.Import).ToList(), actor, ct);
            for (var i = 0; i < chunk.Length; i++) Record(chunk[i].File, chunk[i].Import, checks[i]);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var results = await workflow.ImportAsync(chunk.Select(r => r.Import).ToList(), actor, ct);
            for (var i = 0; i < chunk.Length; i++) Record(chunk[i].File, chunk[i].Import, results[i]);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            foreach (var (file, prepared) in chunk) await WriteOneAsync(file, prepared, actor, ct);
        }
        var stored = chunk.Select(r => r.File.Report).Where(r => r.Outcome is FileOutcome.Created or FileOutcome.Updated).ToList();
        try
        {
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var report in stored)
            {
                (report.Outcome, report.PostingId) = (FileOutcome.Rejected, null);
                report.Messages.Add(NotStored(e));
            }
            return;
        }
        await publicChanges.PublishAsync(PublicContentChange.Postings(stored.Select(r => r.PostingId!.Value)));
    }

    private async Task WriteOneAsync(PreparedFile file, PreparedImport prepared, Actor actor, CancellationToken ct)
    {
        try
        {
            Record(file, prepared, (await workflow.ImportAsync([prepared], actor, ct))[0]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            file.Report.Outcome = FileOutcome.Rejected;
            file.Report.Messages.Add(NotStored(e));
        }
    }

    private static void Record(PreparedFile file, PreparedImport prepared, WorkflowResult result)
    {
        var report = file.Report;
        report.Messages.AddRange(result.Warnings.Where(w => !ImportLint.IsLint(w)).Select(w => ImportMessage.Warning(w.Code, w.Message, null, w.Field) with { Args = w.Args }));
        switch (result.Outcome)
        {
            case WorkflowOutcome.Ok:
                report.Outcome = file.Existing is null ? FileOutcome.Created : FileOutcome.Updated;
                report.PostingId = prepared.Import.PostingId;
                break;
            case WorkflowOutcome.Conflict when file.Existing is not null:
                Conflict(report, file.Existing);
                break;
            default:
                report.Outcome = FileOutcome.Rejected;
                report.Messages.AddRange(result.Errors.Select(e => ImportMessage.Error(e.Code, e.Message,
                    e.Field == "BodyMarkdown" ? "Correct the body and import again." : "Correct the front matter and import again.", e.Field) with { Args = e.Args }));
                break;
        }
    }

    private static ImportMessage NotStored(Exception e) =>
        ImportMessage.Error("not-stored", $"The database refused this file, so nothing of it was stored: {(e.InnerException ?? e).Message}",
            "Fix the cause and import again; files the database accepted are not affected.") with { Args = [(e.InnerException ?? e).Message] };

    private static void Conflict(FileReport report, ImportState.Row row)
    {
        report.Outcome = FileOutcome.Conflict;
        (report.PostingId, report.Slug, report.Language) = (row.Id, row.Slug, row.Language);
        report.Messages.Add(ImportMessage.Error("edited-since-import",
            $"The posting {row.Label} was edited in the CMS since its last import (version {row.Version}, imported as {row.ImportedVersion}); the file was not applied.",
            "Keep the CMS version (do nothing), or overwrite it with --force.") with { Args = [row.Label, $"{row.Version}", $"{row.ImportedVersion}"] });
    }

    private static ImportState.Row Row(PostingImport i, int version) =>
        new(i.PostingId, i.Source, i.Hash, version, version, i.Input.Language, i.Input.Slug, i.Input.TranslationKey, i.Input.Content.LeverId);
}
