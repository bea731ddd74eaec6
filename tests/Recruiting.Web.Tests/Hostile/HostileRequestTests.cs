using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Hosting;
using Recruiting.Web.Tests.Admin;
using Recruiting.Web.Tests.Api;
using Xunit.Abstractions;

namespace Recruiting.Web.Tests.Hostile;

/// <summary>
/// Every route the running site has (Razor pages and endpoints, discovered, not listed) gets every method with
/// malformed requests: bad and odd JSON, forms holding an encoded NUL or invalid UTF-8, 2,000 fields, overlong values,
/// bodies over the limit, huge and garbage headers and cookies, query strings with NUL, invalid UTF-8 and overflowing
/// numbers, unknown handlers, with and without antiforgery tokens, anonymous, signed in as an administrator and with
/// an API token. None may answer 5xx, and the process must still serve pages afterwards. Real Kestrel, so the
/// server's own limits are those of production.
/// </summary>
public sealed class HostileRequestTests(ITestOutputHelper output)
{
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"];
    // Methods that carry bodies here: those the endpoints accept, and one the pages do not (which only gets a few bodies).
    private static readonly string[] BodyMethods = ["POST", "PUT", "PATCH"];

    [Fact]
    public async Task No_route_answers_5xx_to_malformed_requests_and_the_site_keeps_answering()
    {
        await using var app = await TestApp.StartOnKestrelAsync();
        var seeder = new PostingSeeder(app);
        var posting = await seeder.PublishedAsync("en", "data-engineer", PostingSeeder.Content("Data engineer"));
        var users = new ApiUsers(app);
        var token = (await users.TokenAsync(await users.CreateAsync("hostile-api", Roles.Administrator))).Secret;
        var email = $"hostile-{Guid.NewGuid():N}@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, email, password, [Roles.Administrator]);

        using var anonymous = Client(app);
        using var admin = Client(app);
        Assert.Equal(HttpStatusCode.Redirect, (await SignedInClient.SubmitSignInAsync(admin, email, password)).StatusCode);
        var antiforgery = SignedInClient.AntiforgeryToken(await admin.GetStringAsync("/admin/account/language"));
        using var api = Client(app);
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var routes = Routes(app, posting);
        var results = new List<(string Case, int Status)>();
        async Task Send(HttpClient client, string label, HttpRequestMessage request)
        {
            int status;
            try
            {
                using var response = await client.SendAsync(request);
                status = (int)response.StatusCode;
                await response.Content.ReadAsByteArrayAsync();
            }
            catch (HttpRequestException) when (request.Content?.Headers.ContentLength > RequestLimits.MaxBodyBytes)
            {
                status = 413; // Kestrel answered 413 and closed the connection while the body was still being sent.
            }
            results.Add(($"{label} {request.Method} {request.RequestUri}", status));
        }

        foreach (var url in routes)
        {
            var isApi = url.StartsWith("/api", StringComparison.Ordinal);
            foreach (var method in Methods)
            {
                await Send(anonymous, "anonymous", Request(method, url, null));
                await Send(isApi ? api : admin, isApi ? "api" : "admin", Request(method, url, null));
            }
            foreach (var method in BodyMethods)
                foreach (var (name, body) in Bodies(antiforgery, huge: method == "POST" && LargeBodyTargets.Contains(url, StringComparer.OrdinalIgnoreCase))
                             .Where((_, i) => isApi || method == "POST" || i < 2))
                {
                    await Send(isApi ? api : admin, (isApi ? "api " : "admin ") + name, Request(method, url, body()));
                    if (name.StartsWith("form", StringComparison.Ordinal) || name.StartsWith("JSON", StringComparison.Ordinal))
                        await Send(anonymous, "anonymous " + name, Request(method, url, body()));
                }
            foreach (var query in Queries)
                await Send(isApi ? api : admin, "query", Request("GET", url + query, null));
            foreach (var query in Queries.Take(3))
                await Send(admin, "query post", Request("POST", url + query, Form(antiforgery, ("x", "1"))));
        }

        foreach (var (name, headers) in HeaderCases)
            foreach (var url in routes.Where(u => !u.Contains("signout")).Take(12).Append("/").Append("/api/v1/postings"))
            {
                var request = Request("GET", url, null);
                foreach (var (key, value) in headers) request.Headers.TryAddWithoutValidation(key, value);
                await Send(admin, "headers " + name, request);
            }

        foreach (var url in new[] { "/en/careers/%00", "/en/careers/%FF%FE", "/en/careers/" + new string('a', 4000), "/fr/carrieres/..%2F..%2Fetc%2Fpasswd",
                     "/api/v1/postings/en/%00", "/api/v1/postings/xx/" + new string('b', 2000), "/admin/postings/edit/not-a-guid", "/error/99999999999" })
            foreach (var method in new[] { "GET", "POST", "PATCH" })
                await Send(admin, "path", Request(method, url, method == "GET" ? null : Form(antiforgery, ("x", "1"))));

        var failures = results.Where(r => r.Status >= 500).ToList();
        output.WriteLine($"{routes.Count} routes, {results.Count} requests, {failures.Count} answered 5xx; statuses: " +
            string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {results.Count} requests answered 5xx:\n" + string.Join("\n", failures.Take(40).Select(f => $"{f.Status} {f.Case}")));
        // The posting itself may have been trashed or unpublished by the administrator's requests above.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/en/careers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/postings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/postings")).StatusCode);
    }

    private static HttpClient Client(TestApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = app.KestrelAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>One address per route: Razor pages and endpoints of the running app, with sample values (a real posting where one fits).</summary>
    private static List<string> Routes(TestApp app, Guid posting) =>
        [.. app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => AdminPageCatalog.Url(e.RoutePattern)
                .Replace(Guid.Empty.ToString(), posting.ToString())
                .Replace("{**path}", "x"))
            .Select(u => u.Length == 0 ? "/" : u)
            .Where(u => !u.Contains("signout", StringComparison.OrdinalIgnoreCase))
            .Distinct().Order()];

    private static HttpRequestMessage Request(string method, string url, HttpContent? body) =>
        new(new HttpMethod(method), new Uri(url, UriKind.Relative)) { Content = body };

    // Bodies over the limit cost time to send: the form, sign-in, upload and API addresses get them (routes are spelled as
    // their patterns are, "/Admin/Postings/Edit", hence the case-insensitive match).
    private static readonly string[] LargeBodyTargets = ["/admin/postings/edit", "/admin/account/signin", "/admin/import", "/api/v1/manage/postings"];

    private static IEnumerable<(string Name, Func<HttpContent> Body)> Bodies(string antiforgery, bool huge)
    {
        yield return ("form without antiforgery", () => Form(null, ("Form.Title", "x")));
        yield return ("form with NUL", () => Raw("application/x-www-form-urlencoded", $"Form.Title=a%00b&x=%00&__RequestVerificationToken={Uri.EscapeDataString(antiforgery)}"));
        yield return ("form with raw NUL and invalid UTF-8", () => Bytes("application/x-www-form-urlencoded",
            [.. Encoding.ASCII.GetBytes("Form.Title=a"), 0, 0xFF, 0xFE, .. Encoding.ASCII.GetBytes($"&Form.Description=%C3%28&__RequestVerificationToken={Uri.EscapeDataString(antiforgery)}")]));
        yield return ("form with 2000 fields", () => Raw("application/x-www-form-urlencoded",
            string.Join("&", Enumerable.Range(0, 2000).Select(i => $"f{i}=x")) + $"&__RequestVerificationToken={Uri.EscapeDataString(antiforgery)}"));
        yield return ("form with overlong values", () => Form(antiforgery, ("Form.Title", new string('t', 100_000)), ("Form.Slug", new string('s', 20_000)),
            ("Form.Aliases", string.Join("\n", Enumerable.Range(0, 200).Select(i => $"/old/{i}/"))), ("Form.Version", "99999999999999999999"),
            ("Form.ClosingAt", "9999-99-99T99:99"), ("PublishAt", "0001-01-01T00:00"), ("Form.Language", "xx"), ("id", "x"), ("number", "-1")));
        yield return ("bad JSON", () => Raw("application/json", "{\"title\": \"x\", \"aliases\": [null"));
        yield return ("JSON with null alias", () => Raw("application/json", "{\"language\":\"en\",\"title\":\"x\",\"description\":\"d\",\"aliases\":[null],\"expectedVersion\":1}"));
        yield return ("JSON of wrong shapes", () => Raw("application/json", "{\"language\":[1],\"title\":{\"a\":1},\"closingAt\":\"tomorrow\",\"expectedVersion\":1e400,\"publishAt\":\"9999-12-31T23:59:59+14:00\"}"));
        yield return ("JSON array", () => Raw("application/json", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"));
        yield return ("JSON extreme values", () => Raw("application/json", "{\"language\":\"en\",\"title\":\"x\",\"description\":\"d\",\"closingAt\":\"0001-01-01T00:00:00-14:00\",\"expectedVersion\":-2147483648,\"publishAt\":\"0001-01-01T00:00:00Z\"}"));
        yield return ("JSON as text/plain", () => Raw("text/plain", "{\"title\":\"x\"}"));
        yield return ("invalid UTF-8 JSON", () => Bytes("application/json", [.. Encoding.ASCII.GetBytes("{\"title\":\""), 0xC3, 0x28, 0xFF, .. Encoding.ASCII.GetBytes("\"}")]));
        yield return ("multipart with garbage", () => Raw("multipart/form-data; boundary=zzz", "--zzz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../../x.md\"\r\n\r\n\0\0\0\r\n--zz"));
        if (huge) yield return ("body over the limit", () => new ByteArrayContent(new byte[RequestLimits.MaxBodyBytes + 1024]) { Headers = { ContentType = new("application/x-www-form-urlencoded") } });
    }

    private static readonly string[] Queries =
    [
        "?handler=nope", "?q=%00", "?page=2147483647", "?page=-1&pageSize=0", "?page=99999999999999999999", "?q=%FF%FE%C3%28", "?q=" + new string('q', 5000),
        "?lang=%00&status=%FF&updatedSince=9999-99-99", "?handler=%00", "?id=" + new string('1', 3000), "?p=2147483647&sort=%FF&desc=maybe",
        "?returnUrl=https://evil.example/&language=xx", "?from=-2147483648&to=2147483647&number=2147483647",
    ];

    private static readonly (string Name, (string Key, string Value)[] Headers)[] HeaderCases =
    [
        ("huge header", [("X-Big", new string('h', 40_000))]),
        ("garbage cookies", [("Cookie", ".Recruiting.Session=%00garbage; .Recruiting.Antiforgery=%FF; .AspNetCore.Culture=c=xx|uic=%00; recruiting-lang=%FF")]),
        ("odd negotiation", [("Accept-Language", "zz-ZZ;q=abc, *;q=-1, " + new string('x', 3000)), ("Accept", "application/json;q=2, */*;q=nan"), ("If-None-Match", "\"\0\", W/\"" + new string('e', 1000))]),
        ("forwarded garbage", [("X-Forwarded-For", "not-an-ip, 999.999.1.1, ::::"), ("X-Forwarded-Proto", "gopher"), ("Host", "evil.example:99999")]),
        ("bad range", [("Range", "bytes=99999999999999999999-"), ("If-Modified-Since", "yesterday")]),
    ];

    private static FormUrlEncodedContent Form(string? antiforgery, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value))
            .Concat(antiforgery is null ? [] : [KeyValuePair.Create("__RequestVerificationToken", antiforgery)]));

    private static StringContent Raw(string contentType, string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static ByteArrayContent Bytes(string contentType, byte[] bytes) =>
        new(bytes) { Headers = { ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType) } };
}
