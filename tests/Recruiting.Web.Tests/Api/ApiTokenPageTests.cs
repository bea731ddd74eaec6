using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

public sealed partial class ApiTokenPageTests
{
    [GeneratedRegex("<p class=\"admin-secret\" id=\"new-token\">([^<]+)</p>")]
    private static partial Regex SecretPattern();

    [Fact]
    public async Task A_user_creates_a_token_seen_once_uses_it_then_revokes_it()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);

        var created = await author.PostFormAsync("/admin/tokens", new() { ["Form.Name"] = "job board sync" }, "/admin/tokens?handler=Create");
        var html = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var secret = SecretPattern().Match(html).Groups[1].Value;
        Assert.StartsWith("rct_", secret);
        Assert.DoesNotContain(secret, await author.GetStringAsync("/admin/tokens"));

        var api = new ApiUsers(app).Bearer(secret);
        var posted = await api.PostAsJsonAsync("/api/v1/manage/postings", new { language = "en", title = "From the board", description = "Synced." });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        Guid tokenId;
        await using (var db = app.NewDbContext())
        {
            var token = await db.ApiTokens.SingleAsync();
            tokenId = token.Id;
            Assert.Equal("job board sync", token.Name);
            Assert.Contains(await db.AuditLog.Select(a => a.Actor).ToListAsync(), a => a == author.Email);
            Assert.Equal(author.Email, (await db.Revisions.SingleAsync()).Author);
        }
        var revoked = await author.PostFormAsync("/admin/tokens", new(), $"/admin/tokens?handler=Revoke&id={tokenId}");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await (await api.PostAsJsonAsync("/api/v1/manage/postings", new { language = "en", title = "Too late", description = "No." })).ExpectProblemAsync(401);
    }

    [Fact]
    public async Task An_empty_name_is_refused_with_a_message_and_no_token()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var response = await author.PostFormAsync("/admin/tokens", new() { ["Form.Name"] = "" }, "/admin/tokens?handler=Create");
        Assert.Contains("Enter a name that says where the token is used.", await response.Content.ReadAsStringAsync());
        await using var db = app.NewDbContext();
        Assert.Equal(0, await db.ApiTokens.CountAsync());
    }

    [Fact]
    public async Task Another_users_token_cannot_be_revoked_and_the_page_needs_a_sign_in()
    {
        await using var app = await TestApp.StartAsync();
        var users = new ApiUsers(app);
        var owner = await users.CreateAsync("owner", Roles.Author);
        var token = await users.TokenAsync(owner);
        using var other = await SignedInClient.CreateAsync(app, Roles.Administrator);

        await other.PostFormAsync("/admin/tokens", new(), $"/admin/tokens?handler=Revoke&id={token.Token.Id}");
        await using (var db = app.NewDbContext())
            Assert.Null((await db.ApiTokens.SingleAsync()).RevokedAt);
        var anonymous = await SignedInClient.Anonymous(app).GetAsync("/admin/tokens");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("signin", anonymous.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_page_speaks_french_when_the_console_does()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        await author.PostFormAsync("/admin/tokens", new() { ["language"] = "fr", ["returnUrl"] = "/admin/tokens" }, "/admin/account/language");
        var html = WebUtility.HtmlDecode(await author.GetStringAsync("/admin/tokens"));
        Assert.Contains("<h1>Jetons d’API</h1>", html);
        Assert.Contains("Créer le jeton", html);
    }
}
