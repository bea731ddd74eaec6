using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Hosting;
using Recruiting.Web.Tests.Api;

namespace Recruiting.Web.Tests.Hostile;

/// <summary>The reproductions of issue 10 item 7: each edge case gets its own status and a message, never a 500 or "Page not found".</summary>
public sealed class EdgeStatusTests
{
    [Theory]
    [InlineData("PATCH", "/en/careers")]
    [InlineData("DELETE", "/fr/carrieres")]
    [InlineData("PROPFIND", "/en/careers")]
    [InlineData("PUT", "/admin/account/signin")]
    [InlineData("PATCH", "/error/500")]
    public async Task A_method_a_page_has_no_handler_for_answers_405_with_allow_and_the_bilingual_page(string method, string url)
    {
        await using var app = await TestApp.StartAsync();
        using var client = SignedInClient.Anonymous(app);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("This address does not accept this request", html);
        Assert.Contains("Cette adresse n’accepte pas cette demande", System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task An_unknown_handler_answers_404_instead_of_running_the_page_without_one()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var response = await author.PostFormAsync("/admin/postings/edit", new() { ["Form.Title"] = "x" }, "/admin/postings/edit?handler=nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Form.Title=Hel%00lo&Form.Language=en")]
    [InlineData("Form.Description=%00")]
    public async Task A_form_holding_an_encoded_nul_answers_400_saying_why(string fields)
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var token = SignedInClient.AntiforgeryToken(await author.GetStringAsync("/admin/postings/edit"));

        var response = await author.Http.PostAsync("/admin/postings/edit?handler=save",
            new StringContent($"{fields}&__RequestVerificationToken={Uri.EscapeDataString(token)}", Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("This form could not be read", html);
        Assert.Contains("Ce formulaire n’a pas pu être lu", html);
        Assert.DoesNotContain("Page not found", html);
    }

    [Fact]
    public async Task A_form_with_more_fields_than_the_limit_answers_400_naming_the_limit()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var token = SignedInClient.AntiforgeryToken(await author.GetStringAsync("/admin/postings/edit"));
        var fields = string.Join("&", Enumerable.Range(0, 2000).Select(i => $"f{i}=x")) + $"&__RequestVerificationToken={Uri.EscapeDataString(token)}";

        var response = await author.Http.PostAsync("/admin/postings/edit?handler=save", new StringContent(fields, Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"more than {RequestLimits.MaxFormFields:N0} fields", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_upload_over_the_limit_answers_413_with_the_bilingual_page_and_one_under_it_is_read()
    {
        await using var app = await TestApp.StartOnKestrelAsync();
        var email = $"publisher-{Guid.NewGuid():N}@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, email, password, [Roles.Publisher]);
        // The client waits for the server's answer to Expect: 100-continue however busy the machine (the default is 1 s).
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
            { BaseAddress = app.KestrelAddress };
        Assert.Equal(HttpStatusCode.Redirect, (await SignedInClient.SubmitSignInAsync(client, email, password)).StatusCode);
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/admin/import"));

        async Task<HttpResponseMessage> UploadAsync(long bytes)
        {
            var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
            form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes(new string('a', (int)bytes))), "files", "big.md");
            try { return await client.PostAsync("/admin/import?handler=upload", form); }
            catch (HttpRequestException) { return new HttpResponseMessage(HttpStatusCode.RequestEntityTooLarge); } // answered while still sending
        }

        // Over the site-wide body limit but under the import's own: the import's limit applies.
        var underImportLimit = await UploadAsync(RequestLimits.MaxBodyBytes + 1024);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, underImportLimit.StatusCode);
        Assert.True((int)underImportLimit.StatusCode < 500);

        // Expect: 100-continue, as browsers' large uploads may: the server refuses on the declared length before the body is sent,
        // so the client can read the answer (without it, the server's early answer arrives while the client is still sending).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/import?handler=upload")
        {
            Headers = { ExpectContinue = true },
            Content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(new byte[UploadedImport.MaxUploadBytes + 1024]), "files", "huge.md" },
            },
        };
        var tooLarge = await client.SendAsync(request);
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
            var html = System.Net.WebUtility.HtmlDecode(await tooLarge.Content.ReadAsStringAsync());
            Assert.Contains("What you sent is too large", html);
            Assert.Contains("Ce que vous avez envoyé est trop volumineux", html);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/import")).StatusCode);
    }

    [Theory]
    [InlineData("{\"language\":\"en\",\"title\":\"x\",\"description\":\"d\",\"aliases\":[null]}", "aliases")]
    [InlineData("{\"language\":\"en\",\"title\":\"x\",\"description\":\"d\",\"aliases\":[\"/a/\", 5]}", "aliases")]
    [InlineData("{\"language\":\"en\",\"title\":{\"nested\":1},\"description\":\"d\"}", "title")]
    [InlineData("{\"language\":\"en\",\"title\":\"x\",\"closingAt\":\"next tuesday\"}", "closingAt")]
    [InlineData("{\"language\":\"en\",\"title\":\"x\"", "body")]
    [InlineData("[1,2,3]", "body")]
    public async Task A_malformed_json_body_answers_400_problem_json_naming_the_field(string body, string field)
    {
        await using var app = await TestApp.StartAsync();
        using var author = await new ApiUsers(app).ClientAsync("json-author", Roles.Author);

        var response = await author.PostAsync("/api/v1/manage/postings", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("bad-body", (string)problem["code"]!);
        Assert.Contains(problem["errors"]!.AsObject(), e => e.Key.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_last_int_page_of_the_content_api_is_an_empty_page_labelled_as_asked()
    {
        await using var app = await TestApp.StartAsync();
        await new PostingSeeder(app).PublishedAsync("en", "data-engineer", PostingSeeder.Content("Data engineer"));
        using var client = app.CreateClient();

        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/postings?page=2147483647&pageSize=100");

        Assert.Empty(page!["items"]!.AsArray());
        Assert.Equal(2147483647, (int)page["page"]!);
        Assert.Equal(1, (int)page["totalCount"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/careers?page=2147483647")).StatusCode);
    }
}
