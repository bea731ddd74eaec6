using System.Text.Json;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Webhooks;

/// <summary>The JSON body of a delivery; stored as sent, so a retry or a resend signs exactly the same bytes.</summary>
public sealed record WebhookPayload(string Event, Guid DeliveryId, DateTimeOffset OccurredAt, WebhookPostingDto? Posting)
{
    /// <summary>The event an administrator sends from the console to check a receiver: it names no posting.</summary>
    public const string TestEvent = "test";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string SerializeTest(Guid deliveryId, DateTimeOffset at) =>
        JsonSerializer.Serialize(new WebhookPayload(TestEvent, deliveryId, at, null), Json);

    /// <param name="seen">What the public saw: never the draft's title or address, which were never published.</param>
    public static string Serialize(string eventName, Guid deliveryId, Posting posting, DateTimeOffset at, PublicFace seen, string absoluteUrl) =>
        JsonSerializer.Serialize(new WebhookPayload(eventName, deliveryId, at, new WebhookPostingDto(
            posting.Id, seen.Language, seen.Slug, absoluteUrl, seen.Title,
            PublicPostings.IsOpen(posting) ? "open" : PublicPostings.IsVisible(posting) ? "archived" : "hidden")), Json);
}

public sealed record WebhookPostingDto(Guid Id, string Language, string Slug, string Url, string Title, string Status);
