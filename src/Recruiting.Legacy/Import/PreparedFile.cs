using Recruiting.Core.Workflow;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Import;

/// <summary>A file read, hashed and parsed, waiting to be written.</summary>
internal sealed record PreparedFile(FileReport Report, ImportSource Source, string Hash, LegacyPosting Posting, string Language, ImportState.Row? Existing);

/// <summary>A file read, hashed and, unless it was known to be unchanged, parsed (<see cref="File"/> is null when it could not be).</summary>
internal sealed record ReadFile(string Path, string Hash, PreparedFile? File);
