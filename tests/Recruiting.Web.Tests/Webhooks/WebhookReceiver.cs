using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Recruiting.Web.Tests.Webhooks;

/// <summary>A real HTTP receiver on 127.0.0.1 (a tiny Kestrel app) that records what it gets and answers with scripted statuses.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(byte[] Body, IReadOnlyDictionary<string, string> Headers)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);
    }

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _statuses;
    public ConcurrentQueue<Received> Requests { get; } = new();
    public string Url { get; }

    private WebhookReceiver(WebApplication app, int port, IEnumerable<int> statuses)
    {
        _app = app;
        _statuses = new ConcurrentQueue<int>(statuses);
        Url = $"http://127.0.0.1:{port}/hook";
    }

    public static int FreePort() => Recruiting.Testing.AppProcess.FreePort();

    /// <param name="statuses">The answers to the first requests, in order; 200 afterwards.</param>
    public static async Task<WebhookReceiver> StartAsync(int port, params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, port, statuses);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            receiver.Requests.Enqueue(new Received(buffer.ToArray(),
                http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            return Results.StatusCode(receiver._statuses.TryDequeue(out var status) ? status : 200);
        });
        await app.StartAsync();
        return receiver;
    }

    public async Task<Received> WaitForAsync(int count = 1, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (Requests.Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The receiver got {Requests.Count} of {count} expected deliveries.");
            await Task.Delay(50);
        }
        return Requests.ElementAt(count - 1);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
