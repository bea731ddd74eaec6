using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Api.Tokens;

namespace Recruiting.Web.Tests.Api;

public sealed class ApiTokenAuthenticationTests
{
    private const string Postings = "/api/v1/manage/postings";
    private static readonly object Body = new { language = "en", title = "Job", description = "A job." };

    [Fact]
    public async Task Requests_without_a_valid_live_token_get_401_problems()
    {
        await using var app = await TestApp.StartAsync();
        var users = new ApiUsers(app);
        var alice = await users.CreateAsync("alice", Roles.Author);
        var revoked = await users.TokenAsync(alice, "old");
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(alice.Id, revoked.Token.Id, new Actor("alice", [])));
        var bob = await users.CreateAsync("bob", Roles.Author);
        var bobsToken = await users.TokenAsync(bob);
        await using (var db = app.NewDbContext())
            await db.Users.Where(u => u.Id == bob.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Disabled, true));

        await (await app.CreateClient().PostAsJsonAsync(Postings, Body)).ExpectProblemAsync(401);
        await (await users.Bearer("not-a-token").PostAsJsonAsync(Postings, Body)).ExpectProblemAsync(401);
        await (await users.Bearer(revoked.Secret[..^4] + "AAAA").PostAsJsonAsync(Postings, Body)).ExpectProblemAsync(401);
        var refused = await (await users.Bearer(revoked.Secret).PostAsJsonAsync(Postings, Body)).ExpectProblemAsync(401);
        Assert.Contains("revoked", (string)refused["detail"]!);
        Assert.Contains("disabled", (string)(await (await users.Bearer(bobsToken.Secret).PostAsJsonAsync(Postings, Body)).ExpectProblemAsync(401))["detail"]!);

        await using var check = app.NewDbContext();
        Assert.Equal(0, await check.Postings.CountAsync());
        Assert.Contains(await check.AuditLog.ToListAsync(), a => a.Action == "apitoken.revoked" && a.Target == revoked.Token.Prefix);
    }

    [Fact]
    public async Task Stores_only_the_hash_and_records_use_at_most_once_a_minute()
    {
        await using var app = await TestApp.StartAsync();
        var users = new ApiUsers(app);
        var carol = await users.CreateAsync("carol", Roles.Author);
        var token = await users.TokenAsync(carol);
        var client = users.Bearer(token.Secret);

        await (await client.GetAsync($"{Postings}/{Guid.NewGuid()}")).ExpectProblemAsync(404);
        await (await client.GetAsync($"{Postings}/{Guid.NewGuid()}")).ExpectProblemAsync(404);

        await using var db = app.NewDbContext();
        var stored = await db.ApiTokens.SingleAsync();
        Assert.DoesNotContain(token.Secret, stored.Hash);
        Assert.Equal(ApiTokenFormat.Hash(token.Secret), stored.Hash);
        Assert.StartsWith(stored.Prefix, token.Secret);
        Assert.NotNull(stored.LastUsedAt);
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "apitoken.used"));
    }

    [Fact]
    public async Task A_user_without_an_editorial_role_is_forbidden()
    {
        await using var app = await TestApp.StartAsync();
        var nobody = await new ApiUsers(app).ClientAsync("nobody");
        await (await nobody.PostAsJsonAsync(Postings, Body)).ExpectProblemAsync(403);
        await (await nobody.GetAsync($"{Postings}/{Guid.NewGuid()}")).ExpectProblemAsync(403);
    }
}
