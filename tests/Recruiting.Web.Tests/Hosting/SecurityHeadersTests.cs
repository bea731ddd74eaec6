using System.Net;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Tests.Hosting;

public sealed class SecurityHeadersTests
{
    public static TheoryData<string> Pages => new() { "/", "/en/careers", "/fr/carrieres", "/admin/account/signin", "/admin", "/admin/users", "/does-not-exist" };

    [Theory, MemberData(nameof(Pages))]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        var response = await admin.GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
    }

    [Fact]
    public async Task Console_pages_have_no_inline_script_or_style()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        foreach (var url in new[] { "/admin", "/admin/users", "/admin/users/create", "/admin/audit", AdminPaths.ChangePassword })
        {
            var html = await admin.GetStringAsync(url);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotContain(" style=\"", html);
            Assert.DoesNotMatch(" on[a-z]+=\"", html);
        }
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site()
    {
        await using var app = await TestApp.StartAsync();
        using var client = SignedInClient.Anonymous(app);
        var email = "cookie@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, email, password, [Roles.Author]);

        var response = await SignedInClient.SubmitSignInAsync(client, email, password);

        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Recruiting.Session="));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_secure_cookies_required_the_session_cookie_is_secure()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Security:SecureCookies"] = "Always" });
        using var client = SignedInClient.Anonymous(app, https: true);
        var email = "secure@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, email, password, [Roles.Author]);

        var response = await SignedInClient.SubmitSignInAsync(client, email, password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Recruiting.Session="));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
    }
}
