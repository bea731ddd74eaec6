using System.Text.Json;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Webhooks;

/// <summary>The JSON body of a delivery; stored as sent, so a retry or a resend signs exactly the same bytes.</summary>
public sealed record WebhookPayload(string Event, Guid DeliveryId, DateTimeOffset OccurredAt, WebhookPostingDto Posting)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="publishedTitle">The title the public saw: never the draft's, which was never published.</param>
    public static string Serialize(string eventName, Guid deliveryId, Posting posting, DateTimeOffset at, string absoluteUrl, string publishedTitle) =>
        JsonSerializer.Serialize(new WebhookPayload(eventName, deliveryId, at, new WebhookPostingDto(
            posting.Id, posting.PublishedLanguage ?? posting.Language, posting.PublishedSlug ?? posting.Slug, absoluteUrl, publishedTitle,
            PublicPostings.IsOpen(posting) ? "open" : PublicPostings.IsVisible(posting) ? "archived" : "hidden")), Json);
}

public sealed record WebhookPostingDto(Guid Id, string Language, string Slug, string Url, string Title, string Status);
