using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Recruiting.Web.Tests.Api;

internal static class ApiJson
{
    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<JsonNode> ExpectProblemAsync(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(status, (int)problem["status"]!);
        return problem;
    }

    public static List<string> Titles(this JsonNode page) =>
        page["items"]!.AsArray().Select(i => (string)i!["title"]!).Order(StringComparer.Ordinal).ToList();

    public static HttpRequestMessage Get(string url, string? ifNoneMatch = null, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }
}
