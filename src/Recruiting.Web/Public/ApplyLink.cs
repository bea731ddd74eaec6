namespace Recruiting.Web.Public;

/// <summary>The "Apply" address of a posting: `Site:ApplyUrlTemplate` with `{leverId}` filled in.</summary>
public static class ApplyLink
{
    public const string LeverIdPlaceholder = "{leverId}";

    public static string? For(string template, string? leverId)
    {
        if (string.IsNullOrWhiteSpace(template) || string.IsNullOrWhiteSpace(leverId)) return null;
        return template.Replace(LeverIdPlaceholder, Uri.EscapeDataString(leverId.Trim()), StringComparison.Ordinal);
    }
}
