using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Recruiting.Web.Hosting;

public static class TextEncoding
{
    /// <summary>
    /// Razor's HTML encoder lets every Unicode range through as UTF-8 text. By default it allows Basic Latin only, so
    /// each French accent went out as a numeric entity ("&amp;#xE9;"): heavier pages, unreadable sources and
    /// snippets. Markup characters (&lt; &gt; &amp; " ') are still encoded.
    /// </summary>
    public static IServiceCollection AddUnicodeTextEncoding(this IServiceCollection services) =>
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
}
