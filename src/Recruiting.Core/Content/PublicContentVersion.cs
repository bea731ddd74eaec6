namespace Recruiting.Core.Content;

/// <summary>
/// A counter bumped after every committed change to what the public sees. On SQLite, where no notification
/// channel exists, a running site polls it to notice changes made by another process (a command-line import).
/// </summary>
public sealed class PublicContentVersion
{
    public const int SingleRow = 1;

    public int Id { get; set; } = SingleRow;
    public long Value { get; set; }
}
