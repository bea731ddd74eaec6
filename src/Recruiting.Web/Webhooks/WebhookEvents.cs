using Recruiting.Core.Delivery;

namespace Recruiting.Web.Webhooks;

/// <summary>A hook's event list, stored comma-separated (see <see cref="Webhook.Events"/>).</summary>
public static class WebhookEvents
{
    public static IReadOnlyList<string> Parse(string events) =>
        events.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Format(IEnumerable<string> events) => string.Join(",", events.Where(PostingEvents.All.Contains).Distinct());
}
