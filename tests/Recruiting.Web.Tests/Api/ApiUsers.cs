using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Api.Tokens;

namespace Recruiting.Web.Tests.Api;

/// <summary>Users with roles written straight to the test database, and personal API tokens made by the real service.</summary>
internal sealed class ApiUsers(TestApp app)
{
    public async Task<AppUser> CreateAsync(string userName, params string[] roles)
    {
        await using var db = app.NewDbContext();
        var user = new AppUser
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), Email = $"{userName}@example.org",
            NormalizedEmail = $"{userName}@example.org".ToUpperInvariant(), DisplayName = userName, SecurityStamp = Guid.NewGuid().ToString(),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Users.Add(user);
        foreach (var name in roles)
        {
            var role = db.Roles.SingleOrDefault(r => r.Name == name);
            if (role is null)
            {
                role = new IdentityRole(name) { NormalizedName = name.ToUpperInvariant() };
                db.Roles.Add(role);
            }
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }
        await db.SaveChangesAsync();
        return user;
    }

    public async Task<ApiTokenService.Created> TokenAsync(AppUser user, string name = "ci")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
            .CreateAsync(user.Id, name, new Actor(user.UserName!, []));
        return created!;
    }

    /// <summary>A client sending the bearer token of a new user with these roles.</summary>
    public async Task<HttpClient> ClientAsync(string userName, params string[] roles)
    {
        var token = await TokenAsync(await CreateAsync(userName, roles));
        return Bearer(token.Secret);
    }

    public HttpClient Bearer(string secret)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
