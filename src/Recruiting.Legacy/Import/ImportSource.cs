namespace Recruiting.Legacy.Import;

/// <summary>
/// One legacy file to import: its path (relative to the folder it was found in, or as uploaded, or a zip entry's
/// name) and its text. The path is the file's identity on re-import and tells its language and legacy URL.
/// <see cref="Notice"/> is what reading the bytes found (see <see cref="LegacyFileText"/>): an error rejects the
/// file unread, a warning (text converted from another encoding) goes into the file's report.
/// </summary>
public sealed record ImportSource(string Path, string Text, ImportMessage? Notice = null);
