using Microsoft.EntityFrameworkCore;
using Recruiting.Testing;
using Recruiting.Web.Admin;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Tests.Hosting;

/// <summary>X-Forwarded-For/-Proto count only when `ReverseProxy:Enabled`, and only from a known proxy.</summary>
public sealed class ReverseProxyTests
{
    private const string ClientAddress = "203.0.113.7";

    /// <summary>
    /// On Kestrel, so that the request really comes from a proxy's address (127.0.0.1). The page is asked for as
    /// forwarded from https; the sign-in is posted over plain http (a secure antiforgery cookie would not come back).
    /// </summary>
    private static async Task<(bool Hsts, string? AuditedAddress)> RequestThroughProxyAsync(Dictionary<string, string?> settings)
    {
        await using var app = await TestApp.StartOnKestrelAsync(settings: settings);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
            { BaseAddress = app.KestrelAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ClientAddress);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/careers") { Headers = { { "X-Forwarded-Proto", "https" } } };
        var page = await client.SendAsync(request);
        await SignedInClient.SubmitSignInAsync(client, "nobody@example.test", "Wrong-passw0rd!");

        await using var db = app.NewDbContext();
        var failed = await db.AuditLog.SingleAsync(e => e.Action == AuditActions.SignInFailed);
        var hsts = page.Headers.TryGetValues("Strict-Transport-Security", out var values);
        if (hsts) Assert.Equal(SecurityHeaders.StrictTransportSecurity, values!.Single());
        return (hsts, failed.RemoteAddress);
    }

    [Fact]
    public async Task When_enabled_the_forwarded_scheme_and_client_address_are_used()
    {
        var (hsts, address) = await RequestThroughProxyAsync(new() { ["ReverseProxy:Enabled"] = "true" });

        Assert.True(hsts, "An https request (as the proxy says) gets Strict-Transport-Security.");
        Assert.Equal(ClientAddress, address);
    }

    [Fact]
    public async Task By_default_the_forwarded_headers_are_ignored()
    {
        var (hsts, address) = await RequestThroughProxyAsync([]);

        Assert.False(hsts, "A plain http request gets no Strict-Transport-Security.");
        Assert.Equal("127.0.0.1", address);
    }

    [Fact]
    public async Task Headers_from_a_proxy_that_is_not_listed_are_ignored()
    {
        var (hsts, address) = await RequestThroughProxyAsync(new()
        {
            ["ReverseProxy:Enabled"] = "true",
            ["ReverseProxy:KnownProxies:0"] = "10.0.0.5",
        });

        Assert.False(hsts);
        Assert.Equal("127.0.0.1", address);
    }

    [Fact]
    public async Task A_direct_https_request_gets_hsts_outside_development()
    {
        await using var app = await TestApp.StartAsync();
        using var client = SignedInClient.Anonymous(app, https: true);

        var page = await client.GetAsync("/en/careers");

        Assert.Equal(SecurityHeaders.StrictTransportSecurity, page.Headers.GetValues("Strict-Transport-Security").Single());
    }
}
