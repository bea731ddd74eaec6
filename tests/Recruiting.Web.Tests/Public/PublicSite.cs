using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Recruiting.Core.Storage;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Public;

/// <summary>A running site with the public settings the tests assert on, and an HTML-parsing client.</summary>
internal static class PublicSite
{
    public const string BaseUrl = "https://careers.example.org";

    public static Task<TestApp> StartAsync(string provider = DatabaseOptions.Sqlite, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Site:BaseUrl"] = BaseUrl,
            ["Site:ApplyUrlTemplate"] = "https://jobs.lever.co/acme/{leverId}/apply",
            ["Site:Organization:Name"] = "Acme Inc.",
            ["Site:Organization:SameAs"] = "https://acme.example.org",
            ["Site:Organization:Logo"] = "https://acme.example.org/logo.png",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return TestApp.StartAsync(provider, settings);
    }

    public static HttpClient Client(this TestApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<(HttpResponseMessage Response, IDocument Html)> GetHtmlAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(text));
    }

    public static string? Meta(this IDocument html, string name) =>
        html.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

    public static string? LinkHref(this IDocument html, string rel, string? hreflang = null) =>
        html.QuerySelector(hreflang is null ? $"link[rel='{rel}']" : $"link[rel='{rel}'][hreflang='{hreflang}']")?.GetAttribute("href");
}
