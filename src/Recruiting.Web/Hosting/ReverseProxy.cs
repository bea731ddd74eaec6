using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Recruiting.Web.Hosting;

/// <summary>
/// Behind a reverse proxy (`ReverseProxy:Enabled`), the client's address and scheme come from X-Forwarded-For and
/// X-Forwarded-Proto, so that sign-in rate limits, the audit log, secure cookies and HSTS see the real request.
/// Only the proxies listed in `ReverseProxy:KnownProxies` (default: this machine's loopback) are believed.
/// Off by default: anyone could otherwise claim any address or scheme.
/// </summary>
public static class ReverseProxy
{
    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        var section = app.Configuration.GetSection("ReverseProxy");
        if (!section.GetValue("Enabled", false)) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        if (proxies.Length > 0)
        {
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(ParseProxy(proxy));
        }
        app.UseForwardedHeaders(options);
        return app;
    }

    private static IPAddress ParseProxy(string value) =>
        IPAddress.TryParse(value.Trim(), out var address) ? address
            : throw new StartupFailure(
                $"ReverseProxy:KnownProxies has \"{value}\", which is not an IP address; allowed: the proxies' addresses, such as 10.0.0.5 or ::1.");
}
