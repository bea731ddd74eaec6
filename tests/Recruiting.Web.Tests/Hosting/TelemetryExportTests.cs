using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Testing;
using Recruiting.Web.Tests.Public;

namespace Recruiting.Web.Tests.Hosting;

/// <summary>With an OTLP endpoint configured, traces and metrics reach it (a real HTTP receiver, OTLP over http/protobuf).</summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task Traces_and_metrics_are_exported_over_otlp_when_an_endpoint_is_configured()
    {
        var received = new ConcurrentQueue<(string Path, long Bytes)>();
        var receiver = WebApplication.CreateSlimBuilder();
        receiver.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var collector = receiver.Build();
        collector.MapPost("/v1/{signal}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            received.Enqueue((http.Request.Path, body.Length));
            return Results.Ok();
        });
        await collector.StartAsync();
        var endpoint = collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        await app.Client().GetStringAsync("/en/careers");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !(received.Any(r => r.Path == "/v1/traces") && received.Any(r => r.Path == "/v1/metrics")))
            await Task.Delay(200);
        Assert.Contains(received, r => r.Path == "/v1/traces" && r.Bytes > 0);
        Assert.Contains(received, r => r.Path == "/v1/metrics" && r.Bytes > 0);
    }

    [Fact]
    public async Task Without_an_endpoint_no_telemetry_is_collected()
    {
        await using var app = await TestApp.StartAsync();
        Assert.Null(app.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        Assert.Null(app.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
    }
}
