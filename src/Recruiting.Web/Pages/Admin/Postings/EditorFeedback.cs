using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>What the editor shows after a redirect (post, redirect, get): a notice and the lint warnings of the last save.</summary>
public sealed record EditorFeedback(string? Notice, IReadOnlyList<FieldIssue> Warnings)
{
    private const string Key = "postings.feedback";

    public void Keep(ITempDataDictionary temp) => temp[Key] = JsonSerializer.Serialize(this);

    public static EditorFeedback Take(ITempDataDictionary temp) =>
        temp[Key] is string json ? JsonSerializer.Deserialize<EditorFeedback>(json) ?? Empty : Empty;

    public static readonly EditorFeedback Empty = new(null, []);
}
