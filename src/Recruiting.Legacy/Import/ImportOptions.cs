namespace Recruiting.Legacy.Import;

/// <param name="Language">"en" or "fr" to force the language of every file; null to decide per file.</param>
/// <param name="DryRun">Work everything out and report it, but write nothing.</param>
/// <param name="Force">Overwrite postings edited in the CMS since their last import (otherwise reported as conflicts).</param>
/// <param name="ActorName">Who the revisions and audit lines name.</param>
/// <param name="ChunkSize">Files prepared and written per transaction (<see cref="MaxChunkSize"/> at most). A run holds
/// the text, posting and rows of about three chunks at a time; a larger chunk commits less often.</param>
public sealed record ImportOptions(string? Language = null, bool DryRun = false, bool Force = false, string ActorName = "import",
    int ChunkSize = ImportOptions.DefaultChunkSize)
{
    public const int DefaultChunkSize = 100;
    public const int MaxChunkSize = 5000;
}
