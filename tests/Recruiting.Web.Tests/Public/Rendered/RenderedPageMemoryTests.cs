using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Public;
using Recruiting.Web.Public.Rendered;
using Xunit;

namespace Recruiting.Web.Tests.Public.Rendered;

public sealed class RenderedPageMemoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private static RenderedPageMemory Memory(int seconds = 60)
    {
        var services = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Site:PageCacheSeconds"] = $"{seconds}" }).Build();
        return new RenderedPageMemory(services.GetRequiredService<IOutputCacheStore>(), config);
    }

    private static PageAnswer Page(int bytes = 10, long? validUntilMs = null) =>
        new("http://localhost", "text/html; charset=utf-8", "\"tag\"", validUntilMs, new byte[bytes]);

    [Fact]
    public void A_kept_page_is_found_until_its_lifetime_ends()
    {
        var memory = Memory(seconds: 60);
        var page = Page();
        memory.Keep("/en/careers/a", page, memory.Epoch, Now);

        Assert.Same(page, memory.Find("/en/careers/a", Now.AddSeconds(59)));
        Assert.Null(memory.Find("/en/careers/b", Now));
        Assert.Null(memory.Find("/en/careers/a", Now.AddSeconds(60)));
        Assert.Null(memory.Find("/en/careers/a", Now));
    }

    [Fact]
    public void A_page_that_stops_being_right_is_kept_no_longer()
    {
        var memory = Memory(seconds: 60);
        memory.Keep("/en/careers/closing", Page(validUntilMs: Now.AddSeconds(5).ToUnixTimeMilliseconds()), memory.Epoch, Now);
        memory.Keep("/en/careers/closed", Page(validUntilMs: Now.AddSeconds(-1).ToUnixTimeMilliseconds()), memory.Epoch, Now);

        Assert.NotNull(memory.Find("/en/careers/closing", Now.AddSeconds(4)));
        Assert.Null(memory.Find("/en/careers/closing", Now.AddSeconds(5)));
        Assert.Null(memory.Find("/en/careers/closed", Now));
    }

    [Fact]
    public async Task A_page_read_before_memory_was_emptied_is_not_kept()
    {
        var memory = Memory();
        memory.Keep("/en/careers/a", Page(), memory.Epoch, Now);
        var epoch = memory.Epoch;

        await memory.ForgetAllAsync(CancellationToken.None);
        memory.Keep("/en/careers/b", Page(), epoch, Now);

        Assert.Null(memory.Find("/en/careers/a", Now));
        Assert.Null(memory.Find("/en/careers/b", Now));
        memory.Keep("/en/careers/b", Page(), memory.Epoch, Now);
        Assert.NotNull(memory.Find("/en/careers/b", Now));
    }

    [Fact]
    public void No_page_is_kept_when_the_page_cache_is_off()
    {
        var memory = Memory(seconds: 0);
        memory.Keep("/en/careers/a", Page(), memory.Epoch, Now);
        Assert.Null(memory.Find("/en/careers/a", Now));
    }

    [Fact]
    public void Past_the_size_limit_new_pages_are_not_kept_until_expired_ones_make_room()
    {
        var memory = Memory(seconds: 60);
        var half = (int)(RenderedPageMemory.SizeLimitBytes / 2);
        memory.Keep("/en/careers/a", Page(half), memory.Epoch, Now);
        memory.Keep("/en/careers/b", Page(half, validUntilMs: Now.AddSeconds(10).ToUnixTimeMilliseconds()), memory.Epoch, Now);

        memory.Keep("/en/careers/c", Page(1), memory.Epoch, Now.AddSeconds(1));
        Assert.Null(memory.Find("/en/careers/c", Now.AddSeconds(1)));

        // Replacing a kept page counts its new size only.
        memory.Keep("/en/careers/a", Page(half), memory.Epoch, Now.AddSeconds(1));
        Assert.NotNull(memory.Find("/en/careers/a", Now.AddSeconds(2)));

        memory.Keep("/en/careers/c", Page(1), memory.Epoch, Now.AddSeconds(11));
        Assert.NotNull(memory.Find("/en/careers/c", Now.AddSeconds(11)));
        Assert.Null(memory.Find("/en/careers/b", Now.AddSeconds(11)));
    }

    [Theory]
    [InlineData("", "http", "localhost:5000", "")]
    [InlineData("", "https", "jobs.example.org", "/careers-site")]
    [InlineData("https://jobs.example.org/", "http", "127.0.0.1:8080", "")]
    [InlineData("https://jobs.example.org", "http", "127.0.0.1:8080", "")]
    public void A_site_address_is_recognised_exactly(string configured, string scheme, string host, string pathBase)
    {
        var options = new PublicSiteOptions { BaseUrl = configured };
        var request = new DefaultHttpContext().Request;
        (request.Scheme, request.Host, request.PathBase) = (scheme, new HostString(host), new PathString(pathBase));
        var address = SiteAddress.Of(options, request);

        Assert.True(SiteAddress.IsOf(options, request, address));
        Assert.False(SiteAddress.IsOf(options, request, address + "/"));
        Assert.False(SiteAddress.IsOf(options, request, address[..^1]));
        Assert.False(SiteAddress.IsOf(options, request, "http://elsewhere.example.org"));
    }
}
