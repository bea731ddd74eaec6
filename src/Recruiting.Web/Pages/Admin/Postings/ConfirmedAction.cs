namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// The editor's actions that take a posting off the public site or out of the list ask first: a &lt;dialog&gt; opened by
/// confirm-action.js, or without JavaScript a confirmation step (the Confirm page). The handler acts only when the form
/// posts <c>confirmed=true</c>, which only the dialog's and the step's forms send.
/// </summary>
public static class ConfirmedActions
{
    public static readonly IReadOnlyList<BulkAction> AskFirst = [BulkAction.Archive, BulkAction.Unpublish, BulkAction.Trash];

    public static bool AsksFirst(BulkAction action) => AskFirst.Contains(action);

    /// <summary>The editor's page handler that does it.</summary>
    public static string Handler(BulkAction action) => action.ToString();

    /// <summary>The id of its &lt;dialog&gt; in the editor, which its button names in data-confirm.</summary>
    public static string DialogId(BulkAction action) => "confirm-" + action.ToString().ToLowerInvariant();

    /// <summary>Keys of the postings catalog: "Archive “{0}”?" and what it will do to that one posting.</summary>
    public static string Question(BulkAction action) => "confirm." + action.ToString().ToLowerInvariant();
    public static string Consequence(BulkAction action) => Question(action) + ".consequence";
}

/// <summary>What the confirmation (dialog or step page) names: the action, the posting (<see cref="PostingName"/>), and the version the user saw.</summary>
public sealed record ConfirmActionView(BulkAction Action, Guid Id, string Name, string Language, int Version, bool InDialog);
