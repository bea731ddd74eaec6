using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>The French of the postings screens of the console.</summary>
public sealed class PostingsAdminTexts : TextCatalog
{
    public override IReadOnlyDictionary<string, string> French { get; } = new Dictionary<string, string>
    {
        ["Job postings"] = "Offres d'emploi",
    };
}
