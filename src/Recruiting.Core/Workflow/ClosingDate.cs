using System.Globalization;

namespace Recruiting.Core.Workflow;

/// <summary>
/// The rule on a closing date already past, in one place: publishing, scheduling and unarchiving refuse to open such a
/// posting (the scheduler would archive it again at its next run, and candidates could not apply), while saving a draft
/// only warns, so work in progress is never lost. The editor's live checks say the same before the author saves.
/// </summary>
public static class ClosingDate
{
    public static bool HasPassed(DateTimeOffset? closing, DateTimeOffset now) => closing is { } at && at <= now;

    /// <summary>The warning on a saved draft (and in the live checks).</summary>
    public static FieldIssue PassedWarning(DateTimeOffset closing) =>
        new("ClosingAt", "closing-date-passed", $"The closing date ({Utc(closing)}) has passed: the posting cannot be published or scheduled until you choose a later one or remove it.")
            { Args = [Utc(closing)] };

    /// <summary>Publishing or scheduling a draft whose closing date has passed.</summary>
    public static FieldIssue PublishRefused(DateTimeOffset closing) =>
        new("ClosingAt", "publish-closing-date-passed", $"The closing date ({Utc(closing)}) has passed: candidates could no longer apply. Choose a later closing date or remove it, then publish again.")
            { Args = [Utc(closing)] };

    /// <summary>Unarchiving a posting whose published closing date has passed: it would be archived again at once.</summary>
    public static FieldIssue UnarchiveRefused(DateTimeOffset closing) =>
        new("ClosingAt", "unarchive-closing-date-passed", $"The published closing date ({Utc(closing)}) has passed, so the posting would close again at once. Choose a later closing date, publish the draft, then unarchive it.")
            { Args = [Utc(closing)] };

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
