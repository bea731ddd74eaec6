namespace Recruiting.Core.Content;

/// <summary>An immutable snapshot kept by every save: who, when, what changed and the content then.</summary>
public sealed class PostingRevision
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PostingId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string Author { get; set; } = "";
    /// <summary>What happened: save, submit, publish, archive, import, restore…</summary>
    public string Action { get; set; } = "";
    /// <summary>The names of the fields that changed, comma separated.</summary>
    public string ChangedFields { get; set; } = "";
    public string Slug { get; set; } = "";
    public PostingContent Content { get; set; } = new();
    /// <summary>What the person wrote with this step: a publisher's reason for sending the posting back to its author.</summary>
    public string? Comment { get; set; }
}
