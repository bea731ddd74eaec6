namespace Recruiting.Web.Webhooks;

/// <summary>`Webhooks:*` settings: how often the sender looks for due deliveries and how it retries.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public double PollSeconds { get; set; } = 5;
    /// <summary>The wait before the first retry; each further retry waits twice as long.</summary>
    public double RetryBaseSeconds { get; set; } = 30;
    public int MaxAttempts { get; set; } = 8;
    public double TimeoutSeconds { get; set; } = 10;
    public int BatchSize { get; set; } = 20;
    /// <summary>Host names (as written in the URL) that may be internal addresses, e.g. a receiver inside the company network.</summary>
    public string[] AllowedInternalHosts { get; set; } = [];
    /// <summary>How long past the request timeout a claimed attempt stays with the instance that claimed it.</summary>
    public double ClaimMarginSeconds { get; set; } = 30;

    public TimeSpan RetryDelay(int attempts) => TimeSpan.FromSeconds(RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1)));
}
