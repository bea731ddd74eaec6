namespace Recruiting.Core.Content;

/// <summary>An immutable snapshot of a <see cref="ContentPage"/> kept by every save: who, when, what changed and the fields then.</summary>
public sealed class ContentPageRevision
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PageId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string Author { get; set; } = "";
    /// <summary>create or save.</summary>
    public string Action { get; set; } = "";
    /// <summary>The names of the fields that changed, comma separated.</summary>
    public string ChangedFields { get; set; } = "";
    public string Title { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
}
