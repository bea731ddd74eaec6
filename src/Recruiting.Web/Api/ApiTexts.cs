using Recruiting.Web.Localization;

namespace Recruiting.Web.Api;

/// <summary>French for the API token pages of the console.</summary>
public sealed class ApiTexts : TextCatalog
{
    public override IReadOnlyDictionary<string, string> French { get; } = new Dictionary<string, string>
    {
        ["API tokens"] = "Jetons d’API",
    };
}
