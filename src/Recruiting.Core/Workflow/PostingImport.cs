using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

/// <summary>
/// A legacy file to store as a published posting. <paramref name="ExistingId"/> is the posting imported from the same
/// source before (null: create one). <paramref name="RedirectPaths"/> are normalized old paths, already checked to be free.
/// </summary>
public sealed record PostingImport(
    Guid? ExistingId, PostingInput Input, bool Archived, string Source, string Hash,
    IReadOnlyList<string> RedirectPaths, bool Force);
