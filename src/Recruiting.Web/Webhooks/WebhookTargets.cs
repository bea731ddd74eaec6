using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Recruiting.Web.Webhooks;

/// <summary>
/// Where webhooks may go: public addresses only. Loopback, private, link-local (169.254.169.254, the cloud metadata
/// service), carrier-grade NAT, multicast, reserved and documentation ranges, in IPv4 and IPv6 (with IPv4 embedded in
/// IPv6), are refused, unless the URL's host is named in `Webhooks:AllowedInternalHosts`. Checked when a hook is
/// registered and again inside every connection the sender opens: the host is resolved there, every address checked,
/// and the socket connects only to the addresses just checked, so a DNS answer that changes after registration
/// (DNS rebinding) cannot reach inside.
/// </summary>
public sealed class WebhookTargets(IOptions<WebhookOptions> options)
{
    public const string InternalRefusal =
        "This address is on an internal network (loopback, private, link-local or reserved), where webhooks may not be sent. Enter a public address.";

    public bool IsAllowedInternally(string host) =>
        options.Value.AllowedInternalHosts.Any(allowed => string.Equals(allowed.Trim(), Unbracket(host), StringComparison.OrdinalIgnoreCase));

    /// <summary>At registration: the refusal when the host is, or resolves to, an internal address. A host that does not resolve yet is accepted; every delivery checks again.</summary>
    public async Task<string?> ProblemAsync(Uri url, CancellationToken ct)
    {
        if (IsAllowedInternally(url.IdnHost)) return null;
        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(url.IdnHost, ct);
        }
        catch (SocketException)
        {
            return null;
        }
        return addresses.Any(IsInternal) ? InternalRefusal : null;
    }

    /// <summary>The sender's connect step (SocketsHttpHandler.ConnectCallback): resolve, check every address, connect to those.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await ResolveAsync(host, ct);
        if (!IsAllowedInternally(host) && addresses.Any(IsInternal))
            throw new RefusedTargetException(host);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(Unbracket(host), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);

    private static string Unbracket(string host) => host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;

    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return IsInternalIPv4(b);
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal || IPAddress.IsLoopback(address))
            return true;
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return true;                        // ::, ::1 and IPv4-compatible ::a.b.c.d
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return IsInternalIPv4(b[12..]); // NAT64 64:ff9b::/96
        if (b[0] == 0x20 && b[1] == 0x02) return IsInternalIPv4(b[2..6]);                         // 6to4 2002::/16
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00) return true;            // Teredo 2001::/32
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return true;            // documentation 2001:db8::/32
        return false;
    }

    private static bool IsInternalIPv4(byte[] b) => b[0] switch
    {
        0 or 10 or 127 => true,                                       // "this network", private, loopback
        100 => b[1] is >= 64 and < 128,                               // carrier-grade NAT
        169 => b[1] == 254,                                           // link-local, cloud metadata
        172 => b[1] is >= 16 and < 32,                                // private
        192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),          // private, IETF protocol assignments, documentation
        198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),       // benchmarking, documentation
        203 => b[1] == 0 && b[2] == 113,                              // documentation
        >= 224 => true,                                               // multicast, reserved, broadcast
        _ => false,
    };
}

/// <summary>The sender refused to connect: the host resolved to an internal address.</summary>
public sealed class RefusedTargetException(string host) : IOException($"The webhook host {host} resolves to an internal address; not connecting.");
