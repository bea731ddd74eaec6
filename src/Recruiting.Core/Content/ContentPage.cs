namespace Recruiting.Core.Content;

/// <summary>
/// An instance of a simple page type (see <see cref="PageTypes"/>), one per type and language,
/// such as the careers index's own editable introduction.
/// </summary>
public sealed class ContentPage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string PageType { get; set; } = "";
    public string Language { get; set; } = Languages.English;
    public string Title { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    /// <summary>Raised by every save; a save made from an older version is refused as a conflict.</summary>
    public int Version { get; set; } = 1;
}
