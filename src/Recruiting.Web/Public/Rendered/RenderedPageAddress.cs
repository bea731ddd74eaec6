using System.Text.RegularExpressions;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Public.Rendered;

/// <summary>
/// Which requests may be answered from stored rendered pages: GET or HEAD of a page under a careers index, or of the
/// sitemap, with no query string but a page number; GET of the content API's answer for one posting, with no query
/// string. A cheap filter on the path; the page's own declaration (<see cref="RenderedPageCapture"/>) decides what is
/// stored.
/// </summary>
public static partial class RenderedPageAddress
{
    private static readonly string[] Indexes = Languages.All.Select(PostingUrls.Index).ToArray();
    public const string Sitemap = "/sitemap.xml";
    private const string ApiPostings = Api.Content.ContentApiEndpoints.Prefix + "/";

    /// <summary>The key of the stored page that would answer <paramref name="request"/>, or null when none may.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return null;
        var path = request.Path.Value;
        if (path is null) return null;
        var query = request.QueryString.Value;
        if (IsApi(path)) return string.IsNullOrEmpty(query) && HttpMethods.IsGet(request.Method) ? path : null;
        if (!(path == Sitemap || IsUnderAnIndex(path))) return null;
        if (string.IsNullOrEmpty(query)) return path;
        return PageNumber().IsMatch(query) ? path + query : null;
    }

    // Every request passes here (the console's and the static files' too): a loop, not a LINQ closure per request.
    private static bool IsUnderAnIndex(string path)
    {
        foreach (var index in Indexes)
            if (path.StartsWith(index, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="key"/> is a content API answer (JSON, with the API's headers) rather than a page.</summary>
    public static bool IsApi(string key) => key.StartsWith(ApiPostings, StringComparison.Ordinal);

    /// <summary>The keys of the content API's answer for one posting: by id, and by language and slug.</summary>
    public static string ApiPosting(Guid id) => ApiPostings + id.ToString("D");

    public static string ApiPosting(string language, string slug) => $"{ApiPostings}{language}/{slug}";

    /// <summary>The key of page <paramref name="number"/> of a careers index.</summary>
    public static string IndexPage(string language, int number) =>
        number > 1 ? $"{PostingUrls.Index(language)}?page={number}" : PostingUrls.Index(language);

    [GeneratedRegex(@"^\?page=[1-9][0-9]{0,5}$")]
    private static partial Regex PageNumber();
}
