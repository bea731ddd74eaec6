using System.Net;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Tests.Admin;

/// <summary>Every console page and form handler refuses anonymous users and every role below the one it declares.</summary>
public sealed class AuthorizationTests
{
    private static readonly string[] AnonymousPages = [AdminPaths.SignInPage, AdminPaths.LanguagePage];

    [Fact]
    public async Task The_catalog_finds_the_console_pages_and_their_handlers()
    {
        await using var app = await TestApp.StartAsync();
        var handlers = await AdminPageCatalog.DiscoverAsync(app);

        Assert.Contains(handlers, h => h.Page == "/Admin/Users/Edit" && h.Name == "Disable" && h.Policy == Roles.CanAdminister);
        Assert.Contains(handlers, h => h.Page == "/Admin/Index" && h.Method == "GET" && h.Policy == Roles.CanAuthor);
        Assert.All(handlers.Where(h => h.Page.StartsWith("/Admin/Users/") || h.Page.StartsWith("/Admin/Audit/")),
            h => Assert.Equal(Roles.CanAdminister, h.Policy));
        Assert.Equal(AnonymousPages.Order(), handlers.Where(h => h.Policy is null).Select(h => h.Page).Distinct().Order());
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_from_every_protected_page_and_handler()
    {
        await using var app = await TestApp.StartAsync();
        using var anonymous = SignedInClient.Anonymous(app);
        var token = SignedInClient.AntiforgeryToken(await anonymous.GetStringAsync(SignedInClient.SignInUrl));

        foreach (var handler in (await AdminPageCatalog.DiscoverAsync(app)).Where(h => h.Policy is not null))
        {
            var response = await SendAsync(anonymous, handler, token);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && PathOf(response.Headers.Location!) == AdminPaths.SignIn,
                $"{handler}: expected a redirect to sign in, got {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(Roles.Author)]
    [InlineData(Roles.Publisher)]
    [InlineData(Roles.Administrator)]
    public async Task Each_role_is_refused_where_its_policy_falls_short_and_let_in_elsewhere(string role)
    {
        string[] roles = role == "" ? [] : [role];
        await using var app = await TestApp.StartAsync();
        var email = $"user-{Guid.NewGuid():N}@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, email, password, roles);
        using var client = SignedInClient.Anonymous(app);
        Assert.Equal(HttpStatusCode.Redirect, (await SignedInClient.SubmitSignInAsync(client, email, password)).StatusCode);
        // The language page is open to every signed-in user, whatever their role, and carries a form.
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync(AdminPaths.Language));

        var handlers = (await AdminPageCatalog.DiscoverAsync(app)).Where(h => h.Policy is not null).ToList();
        foreach (var handler in handlers.Where(h => !AdminPageCatalog.Allows(h.Policy, roles)))
        {
            var response = await SendAsync(client, handler, token);
            Assert.True(IsRefusal(response), $"{handler} as [{string.Join(",", roles)}]: expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
        }
        // The access-denied page answers 403 to everyone by design.
        foreach (var handler in handlers.Where(h => h.Method == "GET" && AdminPageCatalog.Allows(h.Policy, roles) && h.Page != "/Admin/Account/AccessDenied"))
        {
            var response = await SendAsync(client, handler, token);
            Assert.False(IsRefusal(response), $"{handler} as [{string.Join(",", roles)}]: expected to be let in, got {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect && PathOf(response.Headers.Location!) is AdminPaths.AccessDenied or AdminPaths.SignIn);

    private static string PathOf(Uri location) =>
        location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, AdminPageCatalog.Handler handler, string token) =>
        handler.Method == "GET"
            ? client.GetAsync(handler.Url)
            : client.PostAsync(handler.Url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
}
