using Recruiting.Core.Rendering;

namespace Recruiting.Core.Tests.Rendering;

public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("https://example.org/a?b#c")]
    [InlineData("http://example.org")]
    [InlineData("mailto:jobs@example.org")]
    [InlineData("tel:+33123456789")]
    [InlineData("/en/careers")]
    [InlineData("../x:y")]
    [InlineData("#top")]
    [InlineData("?q=a:b")]
    public void Web_mail_phone_and_relative_links_are_allowed(string url) => Assert.True(SafeUrl.IsSafeLink(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\u200Bscript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("DATA:image/png;base64,AAAA")]
    [InlineData("file:///etc/passwd")]
    public void Script_data_and_unknown_schemes_are_refused(string url) => Assert.False(SafeUrl.IsSafeLink(url));

    [Fact]
    public void Images_only_load_over_the_web_or_from_the_site()
    {
        Assert.True(SafeUrl.IsSafeImage("https://cdn.example/a.png"));
        Assert.True(SafeUrl.IsSafeImage("/media/a.png"));
        Assert.False(SafeUrl.IsSafeImage("mailto:x@y"));
        Assert.False(SafeUrl.IsSafeImage("data:image/png;base64,AAAA"));
    }

    [Theory]
    [InlineData("https://other.example", true)]
    [InlineData("//other.example/x", true)]
    [InlineData("/en/careers", false)]
    [InlineData("mailto:x@y", false)]
    public void External_means_leaving_the_site(string url, bool external) => Assert.Equal(external, SafeUrl.IsExternal(url));
}
