using System.Linq.Expressions;
using Recruiting.Core.Content;

namespace Recruiting.Core.Delivery;

/// <summary>A visible posting's address and what the translation rule weighs (see <see cref="PublicTranslations"/>).</summary>
public sealed record PostingLink(Guid Id, string Language, string Slug, string TranslationKey, PostingStatus Status,
    DateTimeOffset? FirstPublishedAt, DateTimeOffset? PublishedAt, string? LeverId)
{
    /// <summary>The projection of a posting row, for queries: its published address, never the draft's.</summary>
    public static readonly Expression<Func<Posting, PostingLink>> Of =
        p => new PostingLink(p.Id, p.PublishedLanguage!, p.PublishedSlug!, p.PublishedTranslationKey!, p.Status, p.FirstPublishedAt, p.PublishedAt, p.PublishedLeverId);
}

/// <summary>One visible posting as the public sees it: its published content only, and its visible translation.</summary>
public sealed record PublicPosting(PostingLink Link, PostingContent Content, string Html, DateTimeOffset? ArchivedAt,
    DateTimeOffset LastModifiedAt, PostingLink? Translation)
{
    public Guid Id => Link.Id;
    public string Language => Link.Language;
    public string Slug => Link.Slug;
    public PostingStatus Status => Link.Status;
    public DateTimeOffset? FirstPublishedAt => Link.FirstPublishedAt;
    public DateTimeOffset? PublishedAt => Link.PublishedAt;
}

/// <summary>A card of the careers index: no body, only what the card shows (read from the posting's columns).</summary>
public sealed record PostingSummary(string Slug, string Title, DateTimeOffset? PostedAt, IReadOnlyList<string> Locations,
    string? RemoteCountry, bool Remote, string? EmploymentType, DateTimeOffset? ClosingAt);

public sealed record PostingList(IReadOnlyList<PostingSummary> Items, int Page, int Pages, int Total);
