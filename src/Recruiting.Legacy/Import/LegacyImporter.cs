using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Legacy.Import;

/// <summary>
/// Imports legacy Hugo Markdown postings through the save pipeline (<see cref="PostingWorkflow.ImportAsync"/>),
/// one transaction per file: a file is stored whole or not at all, and a failing file never stops the others.
/// A file's identity is its <see cref="ImportSource.Path"/>: importing it again updates the same posting when
/// its text changed, and does nothing when it did not.
/// </summary>
public sealed class LegacyImporter(RecruitingDb db, PostingWorkflow workflow)
{
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
            // Reading, hashing and parsing touch nothing shared but read-only state, so they use every core.
            var prepared = new PreparedFile?[files.Count];
            Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = ct },
                i => prepared[i] = FilePreparer.Prepare(files[i], report.Files[i], options, state));
            var done = prepared.Count(p => p is null);
            progress?.Report(done);
            foreach (var file in prepared.OfType<PreparedFile>().OrderBy(f => f.Posting.Fields.Archived).ThenBy(f => f.Source.Path, StringComparer.Ordinal))
            {
                ct.ThrowIfCancellationRequested();
                await WriteAsync(file, state, options, actor, ct);
                progress?.Report(++done);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return report;
    }

    private async Task WriteAsync(PreparedFile file, ImportState state, ImportOptions options, Actor actor, CancellationToken ct)
    {
        var report = file.Report;
        if (file.Existing is { EditedSinceImport: true } edited && !options.Force)
        {
            Conflict(report, edited);
            return;
        }
        var import = ImportDecisions.Decide(file, state, options.Force);
        report.Messages.AddRange(ImportLint.Check(import.Input.Content, file.Posting.BodyLine));
        var outcome = file.Existing is null ? FileOutcome.Created : FileOutcome.Updated;
        if (options.DryRun)
        {
            var id = file.Existing?.Id ?? Guid.NewGuid();
            report.Outcome = outcome;
            state.Remember(Row(id, import, file.Existing?.Version ?? 1), import.RedirectPaths);
            return;
        }
        try
        {
            var result = await workflow.ImportAsync(import, actor, ct);
            report.Messages.AddRange(result.Warnings.Where(w => !ImportLint.IsLint(w)).Select(w => ImportMessage.Warning(w.Code, w.Message, null, w.Field)));
            switch (result.Outcome)
            {
                case WorkflowOutcome.Ok:
                    report.Outcome = outcome;
                    report.PostingId = result.Posting!.Id;
                    state.Remember(Row(result.Posting.Id, import, result.Posting.Version), import.RedirectPaths);
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            report.Outcome = FileOutcome.Rejected;
            report.Messages.Add(ImportMessage.Error("not-stored", $"The database refused this file, so nothing of it was stored: {(e.InnerException ?? e).Message}",
                "Fix the cause and import again; the other files were not affected."));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static void Conflict(FileReport report, ImportState.Row row)
    {
        report.Outcome = FileOutcome.Conflict;
        (report.PostingId, report.Slug, report.Language) = (row.Id, row.Slug, row.Language);
        report.Messages.Add(ImportMessage.Error("edited-since-import",
            $"The posting {row.Label} was edited in the CMS since its last import (version {row.Version}, imported as {row.ImportedVersion}); the file was not applied.",
            "Keep the CMS version (do nothing), or overwrite it with --force."));
    }

    private static ImportState.Row Row(Guid id, PostingImport i, int version) =>
        new(id, i.Source, i.Hash, version, version, i.Input.Language, i.Input.Slug, i.Input.TranslationKey, i.Input.Content.LeverId);
}
