using Recruiting.Core.Lint;

namespace Recruiting.Core.Workflow;

/// <summary>
/// An import with the work that needs no database done: validation, content lint and the rendered body.
/// Made by <see cref="PostingWorkflow.Prepare"/>, which is thread-safe, so a large import prepares its files on
/// every core and then writes them in batches.
/// </summary>
public sealed record PreparedImport(
    PostingImport Import, IReadOnlyList<FieldIssue> Errors, IReadOnlyList<FieldIssue> Warnings,
    IReadOnlyList<LintFinding> Lint, string Html);
