using Microsoft.Extensions.Options;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Webhooks;

/// <summary>What the `Webhooks` settings allow; checked when the site starts.</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions webhooks) =>
        new SettingRules(WebhookOptions.Section)
            .Between(nameof(webhooks.PollSeconds), webhooks.PollSeconds, 0.1, 3600, "seconds")
            .Between(nameof(webhooks.RetryBaseSeconds), webhooks.RetryBaseSeconds, 0.1, 86400, "seconds")
            .Between(nameof(webhooks.MaxAttempts), webhooks.MaxAttempts, 1, 100, "attempts")
            .Between(nameof(webhooks.TimeoutSeconds), webhooks.TimeoutSeconds, 1, 300, "seconds")
            .Between(nameof(webhooks.BatchSize), webhooks.BatchSize, 1, 1000, "deliveries")
            .Result();
}
