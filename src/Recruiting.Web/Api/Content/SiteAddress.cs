namespace Recruiting.Web.Api.Content;

/// <summary>Absolute URLs on the public site, from `Site:BaseUrl` (the API may be called on another host name).</summary>
public sealed class SiteAddress(IConfiguration config)
{
    private readonly string _base = (config["Site:BaseUrl"] ?? "http://localhost:5000").TrimEnd('/');

    public string Absolute(string path) => _base + path;
}
