using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

/// <summary>
/// A problem with one field. <see cref="Message"/> is English; <see cref="Code"/> (stable), <see cref="Field"/> and
/// <see cref="Args"/> (the values the message names, in order) are what a translation is built from. A message made
/// from a field's declaration (a custom field's limit) carries its <see cref="French"/>, since no catalog can list it;
/// a content check's warning carries its finding (<see cref="Lint"/>).
/// </summary>
public sealed record FieldIssue(string Field, string Code, string Message)
{
    public IReadOnlyList<string> Args { get; init; } = [];
    public string? French { get; init; }

    /// <summary>The content check's finding this warning words, for the console to word it in its language.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Recruiting.Core.Lint.LintFinding? Lint { get; init; }
}

public enum WorkflowOutcome { Ok, Invalid, Conflict, NotFound, Forbidden, NotAllowedNow }

/// <summary>The answer of every workflow operation: never an exception for a user's mistake.</summary>
public sealed record WorkflowResult(
    WorkflowOutcome Outcome,
    Posting? Posting,
    IReadOnlyList<FieldIssue> Errors,
    IReadOnlyList<FieldIssue> Warnings)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Ok;

    public static WorkflowResult Ok(Posting p, IReadOnlyList<FieldIssue>? warnings = null) => new(WorkflowOutcome.Ok, p, [], warnings ?? []);
    public static WorkflowResult Invalid(IReadOnlyList<FieldIssue> errors, IReadOnlyList<FieldIssue> warnings) => new(WorkflowOutcome.Invalid, null, errors, warnings);
    public static WorkflowResult Fail(WorkflowOutcome outcome, string code, string message, Posting? p = null) =>
        new(outcome, p, [new FieldIssue("", code, message)], []);
}
