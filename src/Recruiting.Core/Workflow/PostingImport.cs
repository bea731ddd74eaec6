namespace Recruiting.Core.Workflow;

/// <summary>
/// A legacy file to store as a published posting: <paramref name="PostingId"/> is the posting imported from the same
/// source before, or, when <paramref name="IsNew"/>, the id the new posting gets (decided by the importer, so later
/// files of one run can refer to it). <paramref name="RedirectPaths"/> are normalized old paths; one another posting holds by the time of writing is left to it, with a warning.
/// </summary>
public sealed record PostingImport(
    Guid PostingId, bool IsNew, PostingInput Input, bool Archived, string Source, string Hash,
    IReadOnlyList<string> RedirectPaths, bool Force)
{
    public Guid? ExistingId => IsNew ? null : PostingId;
}
