using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Api.Management;

/// <summary>Maps the workflow's answer to HTTP: 200/201, 422 with field errors, 409, 404 or 403, all problem+json.</summary>
public static class WorkflowResponses
{
    public static IResult ToHttp(this WorkflowResult result, PageType type, bool created = false)
    {
        var message = result.Errors.FirstOrDefault()?.Message ?? "";
        return result.Outcome switch
        {
            WorkflowOutcome.Ok when created => Results.Created($"/api/v1/manage/postings/{result.Posting!.Id}", ManagedPostingDto.From(result.Posting, result.Warnings, type)),
            WorkflowOutcome.Ok => Results.Ok(ManagedPostingDto.From(result.Posting!, result.Warnings, type)),
            WorkflowOutcome.Invalid => ApiProblems.Invalid(result.Errors, result.Warnings),
            // A slug or alias another posting took while this one was being saved.
            WorkflowOutcome.Conflict when result.Errors is [{ Field.Length: > 0 } claim] => ApiProblems.Problem(StatusCodes.Status409Conflict, claim.Code,
                "Taken by another posting.", claim.Message,
                new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [ApiProblems.JsonName(claim.Field)] = [claim.Message] } }),
            WorkflowOutcome.Conflict => ApiProblems.Problem(StatusCodes.Status409Conflict, "conflict", "Version conflict.",
                "The posting was changed since the version you sent: read it again, reapply your change, and send its current version.",
                new Dictionary<string, object?> { ["currentVersion"] = result.Posting?.Version }),
            WorkflowOutcome.NotAllowedNow => ApiProblems.Problem(StatusCodes.Status409Conflict, "not-allowed-now", "Not possible in the posting's current state.", message,
                RefusalDetails(result)),
            WorkflowOutcome.NotFound => ApiProblems.NotFound(message),
            WorkflowOutcome.Forbidden => ApiProblems.Problem(StatusCodes.Status403Forbidden, "forbidden", "Forbidden.", message),
            _ => throw new InvalidOperationException($"Unmapped workflow outcome {result.Outcome}."),
        };
    }

    /// <summary>The posting's status and, when the refusal is about one field (a closing date already past), that field's message.</summary>
    private static Dictionary<string, object?> RefusalDetails(WorkflowResult result)
    {
        var details = new Dictionary<string, object?> { ["postingStatus"] = result.Posting?.Status.ToString().ToLowerInvariant() };
        if (result.Errors is [{ Field.Length: > 0 } refusal])
            details["errors"] = new Dictionary<string, string[]> { [ApiProblems.JsonName(refusal.Field)] = [refusal.Message] };
        return details;
    }
}
