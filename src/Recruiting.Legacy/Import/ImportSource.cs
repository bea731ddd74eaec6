namespace Recruiting.Legacy.Import;

/// <summary>
/// One legacy file to import: its path (relative to the folder it was found in, or as uploaded, or a zip entry's
/// name) and its text. The path is the file's identity on re-import and tells its language and legacy URL.
/// </summary>
public sealed record ImportSource(string Path, string Text);
