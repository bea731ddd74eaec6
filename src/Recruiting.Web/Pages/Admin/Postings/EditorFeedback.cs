using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Recruiting.Core.Lint;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>What the editor shows after a redirect (post, redirect, get): a notice and the lint warnings of the last save.</summary>
public sealed record EditorFeedback(string? Notice, IReadOnlyList<FieldIssue> Warnings)
{
    private const string Key = "postings.feedback";

    /// <summary>
    /// A warning as it waits for the next request: the issue, and a content check's finding by its sentences' keys and values,
    /// which the issue's own JSON leaves out, so the editor words it in the console's language after the redirect too.
    /// </summary>
    private sealed record Kept(FieldIssue Issue, KeptFinding? Finding);

    private sealed record KeptFinding(string RuleId, string Field, int? Line, string Message, string Fix, string MessageKey, string FixKey,
        IReadOnlyList<string> Args);

    private sealed record Stored(string? Notice, List<Kept> Warnings);

    public void Keep(ITempDataDictionary temp) => temp[Key] = JsonSerializer.Serialize(new Stored(Notice, Warnings.Select(w => new Kept(w,
        w.Lint is { Texts: { } texts } f ? new KeptFinding(f.RuleId, f.Field, f.Line, f.Message, f.Fix, texts.Message.Key, texts.Fix.Key, f.Args) : null)).ToList()));

    public static EditorFeedback Take(ITempDataDictionary temp)
    {
        if (temp[Key] is not string json || JsonSerializer.Deserialize<Stored>(json) is not { } stored) return Empty;
        return new(stored.Notice, stored.Warnings.Select(Restore).ToList());
    }

    private static FieldIssue Restore(Kept kept) =>
        kept.Finding is { } f && LintText.Find(f.MessageKey) is { } message && LintText.Find(f.FixKey) is { } fix
            ? kept.Issue with { Lint = new LintFinding(f.RuleId, f.Field, f.Line, f.Message, f.Fix) { Texts = (message, fix), Args = f.Args } }
            : kept.Issue;

    public static readonly EditorFeedback Empty = new(null, []);
}
