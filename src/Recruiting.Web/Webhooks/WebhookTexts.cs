using Recruiting.Web.Localization;

namespace Recruiting.Web.Webhooks;

/// <summary>French for the console's webhook pages.</summary>
public sealed class WebhookTexts : TextCatalog
{
    public override IReadOnlyDictionary<string, string> French { get; } = new Dictionary<string, string>
    {
        ["Webhooks"] = "Webhooks",
    };
}
