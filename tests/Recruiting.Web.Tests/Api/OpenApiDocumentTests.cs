using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task Content_api_responses_match_the_openapi_document()
    {
        await using var app = await TestApp.StartAsync();
        var seed = new PostingSeeder(app);
        var en = await seed.PublishedAsync("en", "engineer", PostingSeeder.Content("Engineer"), "job");
        await seed.PublishedAsync("fr", "ingenieur", PostingSeeder.Content("Ingénieur"), "job");
        await seed.ArchivedAsync("en", "archived-one", PostingSeeder.Content("Archived one"));
        var client = app.CreateClient();
        var contract = await OpenApiContract.LoadAsync(client);

        await contract.AssertMatchesAsync("GET", "/api/v1/postings", await client.GetAsync("/api/v1/postings?status=all"));
        await contract.AssertMatchesAsync("GET", "/api/v1/postings", await client.GetAsync("/api/v1/postings?pageSize=500"));
        var list = await client.GetAsync("/api/v1/postings");
        await contract.AssertMatchesAsync("GET", "/api/v1/postings", await client.SendAsync(ApiJson.Get("/api/v1/postings", list.Headers.ETag!.ToString())));
        await contract.AssertMatchesAsync("GET", "/api/v1/postings/{id}", await client.GetAsync($"/api/v1/postings/{en}"));
        await contract.AssertMatchesAsync("GET", "/api/v1/postings/{id}", await client.GetAsync($"/api/v1/postings/{Guid.NewGuid()}"));
        await contract.AssertMatchesAsync("GET", "/api/v1/postings/{lang}/{slug}", await client.GetAsync("/api/v1/postings/fr/ingenieur"));
        await contract.AssertMatchesAsync("GET", "/api/v1/postings/{lang}/{slug}", await client.GetAsync("/api/v1/postings/en/archived-one"));
        await contract.AssertMatchesAsync("GET", "/api/v1/postings/{lang}/{slug}", await client.GetAsync("/api/v1/postings/en/missing"));
    }
}
