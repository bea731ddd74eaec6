using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Identity;

namespace Recruiting.Testing;

/// <summary>
/// An HTTP client signed in to the console through the real sign-in form (cookie + antiforgery token),
/// as a fresh user with the given roles. Redirects are not followed, so tests see them.
/// <code>
/// using var author = await SignedInClient.CreateAsync(app, Roles.Author);
/// var page = await author.GetStringAsync("/admin/postings");
/// var response = await author.PostFormAsync("/admin/postings/new", new() { ["Form.Title"] = "…" });
/// </code>
/// </summary>
public sealed partial class SignedInClient : IDisposable
{
    public const string SignInUrl = "/admin/account/signin";

    public HttpClient Http { get; }
    public string Email { get; }
    public string Password { get; }

    private SignedInClient(HttpClient http, string email, string password)
    {
        Http = http;
        Email = email;
        Password = password;
    }

    /// <summary>A new user with these roles (none: a user without any role), signed in.</summary>
    public static async Task<SignedInClient> CreateAsync(TestApp app, params string[] roles)
    {
        var email = $"{(roles.Length == 0 ? "norole" : roles[0].ToLowerInvariant())}-{Guid.NewGuid().ToString("N")[..12]}@example.test";
        var password = NewPassword();
        await CreateUserAsync(app, email, password, roles);
        return await SignInAsync(app, email, password);
    }

    /// <summary>Signs in an existing user; throws when the sign-in form does not accept them.</summary>
    public static async Task<SignedInClient> SignInAsync(TestApp app, string email, string password)
    {
        var client = Anonymous(app);
        var response = await SubmitSignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("signin", StringComparison.OrdinalIgnoreCase) == true)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        return new SignedInClient(client, email, password);
    }

    /// <summary>A client with a cookie jar, not signed in, that does not follow redirects (over https when asked).</summary>
    public static HttpClient Anonymous(TestApp app, bool https = false) =>
        app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });

    /// <summary>Posts the sign-in form as a browser would; returns the raw response (redirect on success, the form again on failure).</summary>
    public static async Task<HttpResponseMessage> SubmitSignInAsync(HttpClient client, string email, string password) =>
        await PostFormAsync(client, SignInUrl, new() { ["Form.Email"] = email, ["Form.Password"] = password });

    public static async Task<AppUser> CreateUserAsync(TestApp app, string email, string password, IEnumerable<string> roles, bool mustChangePassword = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = email, MustChangePassword = mustChangePassword, CreatedAt = DateTimeOffset.UtcNow };
        Check(await users.CreateAsync(user, password), email);
        foreach (var role in roles) Check(await users.AddToRoleAsync(user, role), email);
        return user;
    }

    /// <summary>A password that satisfies the site's rules.</summary>
    public static string NewPassword() => "Pw1!" + Guid.NewGuid().ToString("N")[..12] + "Z";

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public Task<string> GetStringAsync(string url) => Http.GetStringAsync(url);

    /// <summary>GETs `formPage` for its antiforgery token, then POSTs the fields (and the token) to `action` (default: the same page).</summary>
    public Task<HttpResponseMessage> PostFormAsync(string formPage, Dictionary<string, string> fields, string? action = null) =>
        PostFormAsync(Http, formPage, fields, action);

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        if (!page.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {formPage} answered {(int)page.StatusCode} {page.Headers.Location}, so it has no form to post.");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(html) };
        return await client.PostAsync(action ?? formPage, new FormUrlEncodedContent(body));
    }

    /// <summary>The antiforgery token of the first form in a page (every form of one response shares it).</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException("The page has no antiforgery token (__RequestVerificationToken).");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create test user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => Http.Dispose();
}
