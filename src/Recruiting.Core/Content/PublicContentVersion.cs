namespace Recruiting.Core.Content;

/// <summary>
/// Counters of changes to what the public sees, one row each. <see cref="Announced"/> is bumped after every committed
/// change: on SQLite, where no notification channel exists, a running site polls it to notice changes made by another
/// process (a command-line import). <see cref="RenderedPages"/> is bumped each time stored rendered pages are removed
/// for a change: a page rendered before that bump is not stored (it may show the content as it was).
/// </summary>
public sealed class PublicContentVersion
{
    public const int Announced = 1;
    public const int RenderedPages = 2;

    public int Id { get; set; } = Announced;
    public long Value { get; set; }
}
