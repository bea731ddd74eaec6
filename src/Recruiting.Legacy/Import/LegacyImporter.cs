using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Legacy.Import;

/// <summary>
/// Imports legacy Hugo Markdown postings through the save pipeline (<see cref="PostingWorkflow.ImportAsync(IReadOnlyList{PreparedImport}, Actor, CancellationToken)"/>).
/// A file's identity is its <see cref="ImportSource.Path"/>: importing it again updates the same posting when
/// its text changed, and does nothing when it did not.
/// <para>A run has four steps: parse every file (on every core); decide each file's slug, translation key and
/// redirects in a fixed order (<see cref="ImportDecisions"/>); validate, lint and render (on every core); then write
/// <see cref="FilesPerTransaction"/> files per transaction, each file in its own savepoint. A file is stored whole or
/// not at all, a failing file never stops the others, and a crash loses at most the uncommitted chunk, whole files only.</para>
/// </summary>
public sealed class LegacyImporter(RecruitingDb db, PostingWorkflow workflow)
{
    /// <summary>Committing once per file costs more than writing it; a chunk keeps commits rare and the write lock short (about half a second).</summary>
    public const int FilesPerTransaction = 1000;

    /// <summary>The first chunk is small, so that writing starts while the following chunks are prepared.</summary>
    private const int FirstChunk = 100;

    private sealed record Ready(PreparedFile File, PreparedImport Import);

    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportSource> files, ImportOptions options, CancellationToken ct = default,
        IProgress<int>? progress = null)
    {
        var report = new ImportReport { DryRun = options.DryRun };
        var actor = Actor.System(options.ActorName);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", ct);
            var state = await ImportState.LoadAsync(db, ct);
            report.Files.AddRange(files.Select(f => new FileReport { Path = f.Path }));
            var parsed = new PreparedFile?[files.Count];
            Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = ct },
                i => parsed[i] = FilePreparer.Prepare(files[i], report.Files[i], options, state));
            var decided = Decide(parsed.OfType<PreparedFile>(), state, options);
            var done = files.Count - decided.Count;
            progress?.Report(done);
            // Validating, linting and rendering the next chunk (on the cores the writer leaves free) overlaps writing this one.
            var chunks = decided.Take(FirstChunk).Chunk(FirstChunk).Concat(decided.Skip(FirstChunk).Chunk(FilesPerTransaction)).ToList();
            var next = chunks.Count > 0 ? Task.Run(() => Prepare(chunks[0], ct), ct) : null;
            for (var k = 0; k < chunks.Count; k++)
            {
                var ready = await next!;
                var following = k + 1;
                next = following < chunks.Count ? Task.Run(() => Prepare(chunks[following], ct), ct) : null;
                await WriteChunkAsync(ready, options, actor, ct);
                progress?.Report(done += ready.Length);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return report;
    }

    /// <summary>
    /// Decides every file in a fixed order (open before archived, then by path) against the state as the earlier
    /// files leave it. A file that fails validation reserves nothing; one the database refuses later already has.
    /// </summary>
    private static List<(PreparedFile File, PostingImport Import)> Decide(IEnumerable<PreparedFile> parsed, ImportState state, ImportOptions options)
    {
        var decided = new List<(PreparedFile, PostingImport)>();
        foreach (var file in parsed.OrderBy(f => f.Posting.Fields.Archived).ThenBy(f => f.Source.Path, StringComparer.Ordinal))
        {
            if (file.Existing is { EditedSinceImport: true } edited && !options.Force)
            {
                Conflict(file.Report, edited);
                continue;
            }
            var import = ImportDecisions.Decide(file, state, options.Force);
            if (PostingValidator.Validate(import.Input).Errors.Count == 0)
                state.Remember(Row(import, file.Existing is { } e ? e.Version + 1 : 1), import.RedirectPaths);
            decided.Add((file, import));
        }
        return decided;
    }

    private Ready[] Prepare((PreparedFile File, PostingImport Import)[] chunk, CancellationToken ct)
    {
        var ready = new Ready[chunk.Length];
        var cores = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        Parallel.For(0, chunk.Length, cores,
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
            foreach (var (file, prepared) in chunk)
                Record(file, prepared, new WorkflowResult(prepared.Errors.Count == 0 ? WorkflowOutcome.Ok : WorkflowOutcome.Invalid, null, prepared.Errors, prepared.Warnings));
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
        try
        {
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var report in chunk.Select(r => r.File.Report).Where(r => r.Outcome is FileOutcome.Created or FileOutcome.Updated))
            {
                (report.Outcome, report.PostingId) = (FileOutcome.Rejected, null);
                report.Messages.Add(NotStored(e));
            }
        }
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
        report.Messages.AddRange(result.Warnings.Where(w => !ImportLint.IsLint(w)).Select(w => ImportMessage.Warning(w.Code, w.Message, null, w.Field)));
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
                    "Correct the front matter and import again.", e.Field)));
                break;
        }
    }

    private static ImportMessage NotStored(Exception e) =>
        ImportMessage.Error("not-stored", $"The database refused this file, so nothing of it was stored: {(e.InnerException ?? e).Message}",
            "Fix the cause and import again; files the database accepted are not affected.");

    private static void Conflict(FileReport report, ImportState.Row row)
    {
        report.Outcome = FileOutcome.Conflict;
        (report.PostingId, report.Slug, report.Language) = (row.Id, row.Slug, row.Language);
        report.Messages.Add(ImportMessage.Error("edited-since-import",
            $"The posting {row.Label} was edited in the CMS since its last import (version {row.Version}, imported as {row.ImportedVersion}); the file was not applied.",
            "Keep the CMS version (do nothing), or overwrite it with --force."));
    }

    private static ImportState.Row Row(PostingImport i, int version) =>
        new(i.PostingId, i.Source, i.Hash, version, version, i.Input.Language, i.Input.Slug, i.Input.TranslationKey, i.Input.Content.LeverId);
}
