using Recruiting.Core.Workflow;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Import;

/// <summary>A file read, hashed and parsed, waiting to be written.</summary>
internal sealed record PreparedFile(FileReport Report, ImportSource Source, string Hash, LegacyPosting Posting, string Language, ImportState.Row? Existing);

/// <summary>A file read, hashed and, unless it was known to be unchanged, parsed (<see cref="File"/> is null when it could not be).</summary>
internal sealed record ReadFile(string Path, string Hash, PreparedFile? File);

/// <summary>
/// What pass one keeps of a file: its hash (to tell it unchanged, and to check that pass two reads the same text) and,
/// when it parsed, its <see cref="FileOutline"/>. A few hundred bytes, where the text and its parse take tens of kilobytes.
/// </summary>
internal sealed record ScannedFile(string Path, string Hash, FileOutline? Outline);

/// <summary>What ordering a run (open before archived) and deciding who serves each old path need of a parsed file.</summary>
internal sealed record FileOutline(bool Archived, string Language, LegacyUrls Urls);

/// <summary>
/// A file to write (not unchanged, not rejected by pass one), <paramref name="Index"/> in the run's list, with the posting
/// it updates: what pass two needs of it once the old paths are decided, its outline's addresses left behind.
/// </summary>
internal sealed record PendingFile(int Index, string Path, string Hash, bool Archived, string Language, ImportState.Row? Existing);
