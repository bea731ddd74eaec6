using System.Net;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

/// <summary>Drives the posting editor over HTTP as a browser would.</summary>
internal static class PostingForms
{
    public const string NewUrl = "/admin/postings/edit";

    public static string EditUrl(Guid id) => $"/admin/postings/edit/{id}";

    public static Dictionary<string, string> Fields(string title = "Data engineer", string slug = "data-engineer", string language = "en",
        string body = "## Role\n\nYou build pipelines.", string description = "Build data pipelines.") => new()
    {
        ["Form.Title"] = title,
        ["Form.Description"] = description,
        ["Form.Language"] = language,
        ["Form.Slug"] = slug,
        ["Form.BodyMarkdown"] = body,
        ["Form.Version"] = "0",
    };

    /// <summary>Creates a posting through the editor's "Save draft" button and returns its id.</summary>
    public static async Task<Guid> CreateAsync(SignedInClient client, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(NewUrl, fields, NewUrl + "?handler=Save");
        return IdFromRedirect(response);
    }

    /// <summary>Posts the editor form of an existing posting with one of its buttons (Save, Submit, Publish, Schedule…).</summary>
    public static Task<HttpResponseMessage> PostAsync(SignedInClient client, Guid id, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync(EditUrl(id), fields, $"{EditUrl(id)}?handler={handler}");

    /// <summary>Refused for lack of a role: the console sends the user to its access-denied page.</summary>
    public static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/account/accessdenied", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    public static Guid IdFromRedirect(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result[..Math.Min(2000, response.Content.ReadAsStringAsync().Result.Length)]}");
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location.Split('/', '?')[^1]);
    }
}
