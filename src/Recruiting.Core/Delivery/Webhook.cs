namespace Recruiting.Core.Delivery;

public sealed class Webhook
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Url { get; set; } = "";
    public string Secret { get; set; } = "";
    /// <summary>Comma-separated event names (see <see cref="PostingEvents"/>).</summary>
    public string Events { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

public enum DeliveryStatus { Pending = 0, Succeeded = 1, Failed = 2 }

public sealed class WebhookDelivery
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WebhookId { get; set; }
    public string Event { get; set; } = "";
    public string Payload { get; set; } = "";
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
}
