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
/// <para>A run has four steps: parse every file (on every core, while the database state loads); decide each file's
/// slug, translation key and redirects in a fixed order (<see cref="ImportDecisions"/>); validate, lint and render;
/// then write <see cref="FilesPerTransaction"/> files per transaction. Deciding and preparing a chunk overlaps
/// writing the one before. A file is stored whole or not at all, a failing file never stops the others, and a crash
/// loses at most the uncommitted chunk, whole files only.</para>
/// </summary>
public sealed class LegacyImporter(RecruitingDb db, PostingWorkflow workflow, PublicContentChanges publicChanges, RecruitingMetrics metrics, PageTypeSet pageTypes)
{
    /// <summary>Committing once per file costs more than writing it; a chunk keeps commits rare and the write lock short (about half a second).</summary>
    public const int FilesPerTransaction = 1000;

    /// <summary>The first chunk is small, so that writing starts while the following chunks are prepared.</summary>
    private const int FirstChunk = 100;

    /// <summary>
    /// Chunks prepared and waiting for the writer. More than one keeps the producer busy while the writer's first
    /// chunk is slow (its code is compiled then); each waiting chunk holds a few tens of megabytes.
    /// </summary>
    private const int AheadOfWriter = 3;

    private sealed record Ready(PreparedFile File, PreparedImport Import);

    /// <summary>A chunk of files decided and prepared; <see cref="Consumed"/> counts the conflicts set aside on the way too.</summary>
    private sealed record Chunk(Ready[] Files, int Consumed);

    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportSource> files, ImportOptions options, CancellationToken ct = default,
        IProgress<int>? progress = null)
    {
        var report = new ImportReport { DryRun = options.DryRun };
        var actor = Actor.System(options.ActorName);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var bulkWrite = options.DryRun ? null : await SqliteBulkWrite.StartAsync(db, ct);
            report.Files.AddRange(files.Select(f => new FileReport { Path = f.Path }));
            var (state, parsed, servedBy) = await ParseAsync(files, report, options, ct);
            var done = files.Count - parsed.Count;
            progress?.Report(done);
            // Deciding and preparing (validating, linting, rendering) the next chunks runs beside the writing of this one.
            var chunks = Channel.CreateBounded<Chunk>(AheadOfWriter);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var producer = Task.Run(() => ProduceAsync(parsed, state, servedBy, options, chunks.Writer, stop.Token), CancellationToken.None);
            try
            {
                await foreach (var chunk in chunks.Reader.ReadAllAsync(ct))
                {
                    await WriteChunkAsync(chunk.Files, options, actor, ct);
                    bulkWrite?.Committed();
                    progress?.Report(done += chunk.Consumed);
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
        if (!options.DryRun)
            foreach (var file in report.Files) metrics.ImportedFile(file.Outcome.ToString().ToLowerInvariant());
        return report;
    }

    /// <summary>
    /// Reads every file on every core while the database state loads beside them. Until it has loaded, a file is
    /// parsed even if it may turn out unchanged; <see cref="FilePreparer.Settle"/> then decides, so the outcome never
    /// depends on which finished first.
    /// </summary>
    private async Task<(ImportState, List<PreparedFile>, Dictionary<string, string> ServedBy)> ParseAsync(IReadOnlyList<ImportSource> files, ImportReport report, ImportOptions options, CancellationToken ct)
    {
        var loading = Task.Run(() => ImportState.LoadAsync(db, ct), ct);
        var read = new ReadFile?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = ct },
            i => read[i] = FilePreparer.Read(files[i], report.Files[i], options, loading.IsCompletedSuccessfully ? loading.Result : null, pageTypes.JobPosting));
        var state = await loading;
        var parsed = new List<PreparedFile>(files.Count);
        for (var i = 0; i < files.Count; i++)
            if (read[i] is { } file && FilePreparer.Settle(file, report.Files[i], state) is { } settled) parsed.Add(settled);
        return (state, parsed, ImportDecisions.ServedPaths(parsed));
    }

    /// <summary>
    /// Decides and prepares the files chunk by chunk, in order, a small first chunk so that writing starts early.
    /// Never throws: a failure completes the channel, and the writer sees it there.
    /// </summary>
    private async Task ProduceAsync(List<PreparedFile> parsed, ImportState state, Dictionary<string, string> servedBy, ImportOptions options, ChannelWriter<Chunk> chunks, CancellationToken ct)
    {
        try
        {
            using var decisions = Decide(parsed, state, servedBy, options).GetEnumerator();
            for (var size = FirstChunk; ; size = FilesPerTransaction)
            {
                var (decided, consumed) = Take(decisions, size);
                if (consumed == 0) break;
                await chunks.WriteAsync(new Chunk(Prepare(decided, ct), consumed), ct);
            }
            chunks.Complete();
        }
        catch (Exception e)
        {
            chunks.Complete(e);
        }
    }

    /// <summary>The next <paramref name="size"/> decided files, and how many parsed files were consumed (conflicts included).</summary>
    private static ((PreparedFile File, PostingImport Import)[], int) Take(IEnumerator<(PreparedFile File, PostingImport? Import)> decisions, int size)
    {
        var decided = new List<(PreparedFile, PostingImport)>(size);
        var consumed = 0;
        while (decided.Count < size && decisions.MoveNext())
        {
            consumed++;
            if (decisions.Current is (var file, { } import)) decided.Add((file, import));
        }
        return (decided.ToArray(), consumed);
    }

    /// <summary>
    /// Decides every file in a fixed order (open before archived, then by path) against the state as the earlier
    /// files leave it; a conflict comes out without an import. A file that fails validation reserves nothing; one
    /// the database refuses later already has.
    /// </summary>
    private IEnumerable<(PreparedFile File, PostingImport? Import)> Decide(IEnumerable<PreparedFile> parsed, ImportState state,
        Dictionary<string, string> servedBy, ImportOptions options)
    {
        foreach (var file in parsed.OrderBy(f => f.Posting.Fields.Archived).ThenBy(f => f.Source.Path, StringComparer.Ordinal))
        {
            if (file.Existing is { EditedSinceImport: true } edited && !options.Force)
            {
                Conflict(file.Report, edited);
                yield return (file, null);
                continue;
            }
            var import = ImportDecisions.Decide(file, state, servedBy, options.Force);
            if (PostingValidator.Validate(import.Input, type: pageTypes.JobPosting).Errors.Count == 0)
                state.Remember(Row(import, file.Existing is { } e ? e.Version + 1 : 1), (import.Input.Language, import.Input.Slug), import.RedirectPaths);
            yield return (file, import);
        }
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
